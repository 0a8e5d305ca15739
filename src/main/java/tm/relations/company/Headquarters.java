package tm.relations.company;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A company's home country.
 *
 * @param company the company
 * @param country its home country
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record Headquarters(GraphNode company, GraphNode country, boolean current, List<Provenance> evidence) {

	static Headquarters of(GraphNode company, GraphNode country, Map<String, Object> stored) {
		return new Headquarters(company, country, Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
