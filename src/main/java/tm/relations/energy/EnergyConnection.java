package tm.relations.energy;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.node.PartialDate;
import tm.relations.node.Relation;
import tm.relations.node.Relation.Property;
import tm.relations.provenance.Provenance;

/**
 * One energy link between the asked country and a partner: the fact that makes it, with
 * the asset it concerns.
 *
 * @param key the fact's key
 * @param role how the partner is connected
 * @param type the fact's relationship type
 * @param asset the pipeline, dam, field or concession, or null
 * @param company for operators: the partner's company
 * @param railheads for LPG by rail: the railheads
 * @param stored the fact's stored properties
 */
public record EnergyConnection(String key, EnergyRole role, String type, GraphNode asset, GraphNode company,
		List<GraphNode> railheads, Map<String, Object> stored) {

	public EnergyConnection {
		railheads = List.copyOf(railheads);
		stored = Map.copyOf(stored);
	}

	public String id() {
		return "Relation:" + this.key;
	}

	public String buyerRank() {
		return (String) this.stored.get("buyerRank");
	}

	public PartialDate since() {
		return date("since");
	}

	public PartialDate until() {
		return date("until");
	}

	public PartialDate resumed() {
		return date("resumed");
	}

	public String volume() {
		return (String) this.stored.get("volume");
	}

	public Double kwhPerYear() {
		return (this.stored.get("kwhPerYear") instanceof Number number) ? number.doubleValue() : null;
	}

	public String mode() {
		return (String) this.stored.get("mode");
	}

	public String value() {
		return (String) this.stored.get("value");
	}

	public List<Property> properties() {
		return Relation.propertiesOf(this.stored);
	}

	public boolean current() {
		return Boolean.TRUE.equals(this.stored.get("current"));
	}

	public List<Provenance> evidence() {
		return Provenance.of(this.stored);
	}

	private PartialDate date(String name) {
		return PartialDate.of((String) this.stored.get(name), (String) this.stored.get(name + "Precision"));
	}

}
