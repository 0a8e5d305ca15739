package tm.relations.company;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * What a company does in a country (Turkmenistan, in the texts).
 *
 * @param country where it is active
 * @param activity what it does, in a few words
 * @param sector the sector of the activity
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record CompanyActivity(GraphNode country, String activity, String sector, boolean current, List<Provenance> evidence) {

	static CompanyActivity of(GraphNode country, Map<String, Object> stored) {
		return new CompanyActivity(country, (String) stored.get("activity"), (String) stored.get("sector"),
				Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
