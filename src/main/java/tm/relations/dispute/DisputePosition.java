package tm.relations.dispute;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A position advocated in a dispute, as one revision states it (positions change between
 * revisions, so a dispute can have several values of one position).
 *
 * @param advocate who advocates it
 * @param value the short value the revisions differ on
 * @param position what is advocated, item by item
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record DisputePosition(GraphNode advocate, String value, List<String> position, boolean current,
		List<Provenance> evidence) {

	@SuppressWarnings("unchecked")
	static DisputePosition of(GraphNode advocate, Map<String, Object> stored) {
		return new DisputePosition(advocate, (String) stored.get("value"),
				List.copyOf((List<String>) stored.getOrDefault("position", List.of())),
				Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
