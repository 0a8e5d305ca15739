package tm.relations.railway;

import java.util.List;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A railway's membership of a corridor ({@code PART_OF_CORRIDOR}).
 *
 * @param key the fact's key
 * @param railway the railway
 * @param corridor the corridor
 * @param intended whether the railway is only meant to join it
 * @param current whether the newest revision states it
 * @param evidence its provenance
 */
public record CorridorLink(String key, GraphNode railway, GraphNode corridor, boolean intended, boolean current,
		List<Provenance> evidence) {

	public String id() {
		return "Relation:" + this.key;
	}

}
