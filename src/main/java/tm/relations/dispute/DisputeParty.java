package tm.relations.dispute;

import java.util.List;
import java.util.Map;

import tm.relations.provenance.Provenance;
import tm.relations.node.GraphNode;

/**
 * An entity involved in a dispute.
 *
 * @param party the country, organisation or region
 * @param role its part in the dispute
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record DisputeParty(GraphNode party, DisputeRole role, boolean current, List<Provenance> evidence) {

	static DisputeParty of(GraphNode party, Map<String, Object> stored) {
		return new DisputeParty(party, DisputeRole.of(stored.get("role")), Boolean.TRUE.equals(stored.get("current")),
				Provenance.of(stored));
	}

}
