package tm.relations.mission;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.node.PartialDate;
import tm.relations.provenance.Provenance;

/**
 * A person heading a mission.
 *
 * @param person the person
 * @param role their role, e.g. chargé d'affaires
 * @param since since when, at the precision the text gives
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record MissionHead(GraphNode person, String role, PartialDate since, boolean current, List<Provenance> evidence) {

	static MissionHead of(GraphNode person, Map<String, Object> stored) {
		return new MissionHead(person, (String) stored.get("role"),
				PartialDate.of((String) stored.get("since"), (String) stored.get("sincePrecision")),
				Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
