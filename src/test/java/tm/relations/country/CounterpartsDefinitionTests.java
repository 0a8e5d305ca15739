package tm.relations.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import tm.relations.GraphApiTestSupport;
import tm.relations.node.KeyedRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code counterparts} and {@code statistics} find Turkmenistan's counterparts from
 * Turkmenistan outwards. These tests hold them to the definition written the obvious way,
 * every country asked whether a fact links it to Turkmenistan (the statement the service
 * ran before, too slow on a large graph but plainly right): the same counterparts, in the
 * same order, with the same counts, for every revision, with and without placeholders,
 * under every filter and order.
 */
class CounterpartsDefinitionTests extends GraphApiTestSupport {

	/** Whether {@code c} is a counterpart of {@code tkm}, as three existence tests. */
	private static final String IS_COUNTERPART = """
			(EXISTS { MATCH (tkm)-[r]-(c)
			          WHERE r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			            AND NOT coalesce(r.dubious, false) }
			 OR EXISTS { MATCH (tkm)-[r1]-(:Fact)-[r2]-(c)
			             WHERE r1.revisions IS NOT NULL AND r2.revisions IS NOT NULL
			               AND ($asOf IS NULL OR ($asOf IN r1.revisions AND $asOf IN r2.revisions))
			               AND NOT coalesce(r1.dubious, false) AND NOT coalesce(r2.dubious, false) }
			 OR EXISTS { MATCH (tkm)<-[r1:ACTIVE_IN]-(:Company)-[r2:HEADQUARTERED_IN]->(c)
			             WHERE ($asOf IS NULL OR ($asOf IN r1.revisions AND $asOf IN r2.revisions))
			               AND NOT coalesce(r1.dubious, false) AND NOT coalesce(r2.dubious, false) })""";

	/** The date relations were established, newest revision first. */
	private static final String ESTABLISHED = """
			COLLECT { MATCH (tkm)-[r:DIPLOMATIC_RELATIONS]-(c)
			          WHERE r.established IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			            AND NOT coalesce(r.dubious, false)
			          RETURN r.established AS established ORDER BY r.revisions[-1] DESC, established }[0]""";

	/** Every counterpart matching the filter, in the order asked for. */
	private static final String COUNTERPARTS = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			MATCH (c:Entity)
			WHERE (c:Country OR ($includePlaceholders AND c:Placeholder)) AND c <> tkm
			  AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains)
			       OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
			  AND ($region IS NULL OR toLower(c.region) = toLower($region))
			  AND %1$s
			WITH tkm, c, %2$s AS established
			WHERE ($establishedBefore IS NULL
			       OR (established < $establishedBefore AND NOT $establishedBefore STARTS WITH established))
			  AND ($establishedAfter IS NULL
			       OR (established > $establishedAfter AND NOT established STARTS WITH $establishedAfter))
			  AND ($hasEmbassyInAshgabat IS NULL OR %3$s = $hasEmbassyInAshgabat)
			  AND ($missionKind IS NULL OR %4$s)
			WITH c, CASE $orderBy WHEN 'ESTABLISHED' THEN established WHEN 'ISO3' THEN c.iso3
			                      ELSE toLower(c.name) END AS sortKey
			ORDER BY sortKey IS NULL, CASE WHEN $descending THEN null ELSE sortKey END ASC,
			         CASE WHEN $descending THEN sortKey END DESC, toLower(c.name), c.id
			RETURN c.id AS id""".formatted(IS_COUNTERPART, ESTABLISHED, CountryRepository.HAS_EMBASSY_IN_ASHGABAT,
			CountryRepository.HAS_MISSION_KIND);

	/** The counts of {@code statistics} that depend on who the counterparts are. */
	private static final String COUNTS = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			MATCH (c:Entity)
			WHERE (c:Country OR c:Placeholder) AND c <> tkm AND %1$s
			WITH tkm, c, %2$s AS established, %3$s AS embassy,
			     EXISTS { MATCH (tkm)-[r:DIPLOMATIC_RELATIONS]-(c)
			              WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND NOT coalesce(r.dubious, false) } AS related
			WITH c, established, embassy, related, (c:Country OR $includePlaceholders) AS counted
			RETURN count(CASE WHEN counted THEN 1 END) AS counterparts,
			       count(CASE WHEN c:Placeholder THEN 1 END) AS unnamedCounterparts,
			       count(CASE WHEN counted AND embassy THEN 1 END) AS counterpartsWithEmbassyInAshgabat,
			       count(CASE WHEN counted AND related THEN 1 END) AS counterpartsWithDiplomaticRelations,
			       collect(CASE WHEN counted AND established IS NOT NULL
			                    THEN substring(established, 0, 3) + '0s' END) AS decades,
			       collect(CASE WHEN counted THEN {region: c.region} END) AS regions""".formatted(IS_COUNTERPART,
			ESTABLISHED, CountryRepository.HAS_EMBASSY_IN_ASHGABAT);

	private static final String PAGE = """
			query ($filter: CounterpartFilter, $orderBy: CounterpartOrder, $first: Int, $after: String,
			       $asOf: Revision, $includePlaceholders: Boolean) {
			  counterparts(filter: $filter, orderBy: $orderBy, first: $first, after: $after, asOf: $asOf,
			               includePlaceholders: $includePlaceholders) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    edges { node { id } }
			  }
			}""";

	private static final List<String> REVISIONS = java.util.Arrays.asList(null, "R000", "R001", "R002");

	private static final List<Map<String, Object>> FILTERS = List.of(Map.of(), Map.of("hasEmbassyInAshgabat", true),
			Map.of("hasEmbassyInAshgabat", false), Map.of("hasMissionKind", "EMBASSY"),
			Map.of("hasMissionKind", "CONSULATE"), Map.of("establishedBefore", "1995"),
			Map.of("establishedAfter", "1992-02"), Map.of("region", "asia", "nameContains", "an"),
			Map.of("establishedBefore", "2000", "hasEmbassyInAshgabat", true));

	private static final List<Map<String, Object>> ORDERS = List.of(Map.of("field", "NAME", "direction", "ASC"),
			Map.of("field", "ESTABLISHED", "direction", "DESC"), Map.of("field", "ESTABLISHED", "direction", "ASC"),
			Map.of("field", "ISO3", "direction", "DESC"));

	@Test
	void findsTheCounterpartsTheDefinitionFindsForEveryRevisionFilterAndOrder() {
		int compared = 0;
		for (String asOf : REVISIONS) {
			for (boolean includePlaceholders : new boolean[] { false, true }) {
				for (Map<String, Object> filter : FILTERS) {
					List<Map<String, Object>> orders = filter.isEmpty() ? ORDERS : ORDERS.subList(0, 2);
					for (Map<String, Object> order : orders) {
						List<String> expected = definition(asOf, includePlaceholders, filter, order);
						assertThat(answered(asOf, includePlaceholders, filter, order))
							.as("asOf %s, placeholders %s, filter %s, order %s", asOf, includePlaceholders, filter,
									order)
							.containsExactlyElementsOf(expected);
						compared += expected.size();
					}
				}
			}
		}
		assertThat(compared).as("counterparts compared").isGreaterThan(500);
	}

	@Test
	void countsTheCounterpartsTheDefinitionFindsForEveryRevision() {
		for (String asOf : REVISIONS) {
			for (boolean includePlaceholders : new boolean[] { false, true }) {
				Record expected = row(COUNTS,
						KeyedRows.parameters("asOf", code(asOf), "includePlaceholders", includePlaceholders));
				Map<String, Object> statistics = this.graphQl.document("""
						query ($asOf: Revision, $includePlaceholders: Boolean) {
						  statistics(asOf: $asOf, includePlaceholders: $includePlaceholders) {
						    counterparts unnamedCounterparts counterpartsWithEmbassyInAshgabat
						    counterpartsWithDiplomaticRelations relationsEstablishedByDecade { decade count }
						    counterpartsByRegion { region count }
						  }
						}""")
					.variable("asOf", asOf)
					.variable("includePlaceholders", includePlaceholders)
					.execute()
					.path("statistics")
					.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
					})
					.get();
				String context = "asOf " + asOf + ", placeholders " + includePlaceholders;
				for (String count : List.of("counterparts", "unnamedCounterparts", "counterpartsWithEmbassyInAshgabat",
						"counterpartsWithDiplomaticRelations")) {
					assertThat(statistics.get(count)).as(count + ", " + context).isEqualTo(expected.get(count).asInt());
				}
				assertThat(counts(statistics.get("relationsEstablishedByDecade"), "decade")).as("decades, " + context)
					.isEqualTo(tally(expected.get("decades").asList(Value::asString)));
				assertThat(counts(statistics.get("counterpartsByRegion"), "region")).as("regions, " + context)
					.isEqualTo(tally(expected.get("regions").asList(CounterpartsDefinitionTests::region)));
			}
		}
	}

	private List<String> definition(String asOf, boolean includePlaceholders, Map<String, Object> filter,
			Map<String, Object> order) {
		Map<String, Object> parameters = KeyedRows.parameters("asOf", code(asOf), "includePlaceholders",
				includePlaceholders, "orderBy", order.get("field"), "descending", "DESC".equals(order.get("direction")),
				"nameContains", filter.get("nameContains"), "region", filter.get("region"), "establishedBefore",
				filter.get("establishedBefore"), "establishedAfter", filter.get("establishedAfter"),
				"hasEmbassyInAshgabat", filter.get("hasEmbassyInAshgabat"), "missionKind",
				filter.get("hasMissionKind"));
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(COUNTERPARTS, parameters).list())
				.stream()
				.map((row) -> row.get("id").asString())
				.toList();
		}
	}

	/** Every counterpart the API answers, page by page (25 a page), as node keys. */
	private List<String> answered(String asOf, boolean includePlaceholders, Map<String, Object> filter,
			Map<String, Object> order) {
		List<String> keys = new ArrayList<>();
		String after = null;
		while (true) {
			Map<String, Object> page = this.graphQl.document(PAGE)
				.variable("filter", filter)
				.variable("orderBy", order)
				.variable("first", 25)
				.variable("after", after)
				.variable("asOf", asOf)
				.variable("includePlaceholders", includePlaceholders)
				.execute()
				.path("counterparts")
				.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			@SuppressWarnings("unchecked")
			List<Map<String, Map<String, String>>> edges = (List<Map<String, Map<String, String>>>) page.get("edges");
			edges.forEach((edge) -> keys.add(edge.get("node").get("id").replaceFirst("^[A-Za-z]+:", "")));
			@SuppressWarnings("unchecked")
			Map<String, Object> pageInfo = (Map<String, Object>) page.get("pageInfo");
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				assertThat(page.get("totalCount")).as("totalCount").isEqualTo(keys.size());
				return keys;
			}
			after = (String) pageInfo.get("endCursor");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Integer> counts(Object rows, String name) {
		Map<String, Integer> counts = new HashMap<>();
		((List<Map<String, Object>>) rows)
			.forEach((row) -> counts.put((String) row.get(name), (Integer) row.get("count")));
		return counts;
	}

	private static String region(Value row) {
		return row.get("region").isNull() ? null : row.get("region").asString();
	}

	private static Map<String, Integer> tally(List<String> values) {
		Map<String, Integer> counts = new HashMap<>();
		values.forEach((value) -> counts.merge(value, 1, Integer::sum));
		return counts;
	}

	private Record row(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).single());
		}
	}

	private static String code(String revision) {
		return (revision != null) ? revision.substring(1) : null;
	}

}
