package tm.relations.mission;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A mission's accreditation to a country, organisation or placeholder.
 *
 * @param target the country, organisation or placeholder
 * @param role as what the mission is accredited (embassy, permanent mission, ...)
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record Accreditation(GraphNode target, MissionKind role, boolean current, List<Provenance> evidence) {

	static Accreditation of(GraphNode target, Map<String, Object> stored) {
		return new Accreditation(target, MissionKind.of(stored.get("role")), Boolean.TRUE.equals(stored.get("current")),
				Provenance.of(stored));
	}

}
