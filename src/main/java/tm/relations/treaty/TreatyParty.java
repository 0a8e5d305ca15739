package tm.relations.treaty;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A party to a treaty.
 *
 * @param party the country, organisation, company or person
 * @param role its role where the text gives one (RECOGNISING, OPERATOR, CONTRACTOR, ...)
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record TreatyParty(GraphNode party, String role, boolean current, List<Provenance> evidence) {

	static TreatyParty of(GraphNode party, Map<String, Object> stored) {
		return new TreatyParty(party, (String) stored.get("role"), Boolean.TRUE.equals(stored.get("current")),
				Provenance.of(stored));
	}

}
