package tm.relations.organisation;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * An organisation that is part of another organisation or of a country's government.
 *
 * @param part the part
 * @param whole what it is part of
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record PartOf(GraphNode part, GraphNode whole, boolean current, List<Provenance> evidence) {

	static PartOf of(GraphNode part, GraphNode whole, Map<String, Object> stored) {
		return new PartOf(part, whole, Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
