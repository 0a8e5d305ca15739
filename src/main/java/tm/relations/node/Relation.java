package tm.relations.node;

import java.util.List;
import java.util.Map;

import tm.relations.provenance.Provenance;

/**
 * One fact between two nodes, seen from one of them.
 *
 * @param key the fact's key ({@code id} is {@code Relation:key})
 * @param type the relationship type
 * @param kind its link kind
 * @param direction OUTGOING when the viewed node starts the relationship
 * @param other the node at the other end
 * @param facts the relationship's own properties, provenance excluded
 * @param current whether the newest revision states it
 * @param evidence its provenance
 */
public record Relation(String key, String type, LinkKind kind, String direction, GraphNode other, List<Property> facts,
		boolean current, List<Provenance> evidence) {

	/** Properties that are provenance, not the fact's own values. */
	static final java.util.Set<String> PROVENANCE_PROPERTIES = java.util.Set.of("key", "revisions", "quotes", "current",
			"basis", "context", "contextRevision", "citation", "dubious", "dubiousReason", "factKey");

	public String id() {
		return "Relation:" + this.key;
	}

	public List<Property> properties() {
		return this.facts;
	}

	/** A name/value pair of a fact's properties. */
	public record Property(String name, String value) {
	}

	/**
	 * The own properties of a stored fact (relationship or fact node), provenance
	 * excluded, as sorted name/value text pairs.
	 */
	public static List<Property> propertiesOf(Map<String, Object> stored) {
		return stored.entrySet()
			.stream()
			.filter((e) -> !PROVENANCE_PROPERTIES.contains(e.getKey()) && e.getValue() != null)
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> new Property(e.getKey(), (e.getValue() instanceof List<?> list)
					? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(e.getValue())))
			.toList();
	}

}
