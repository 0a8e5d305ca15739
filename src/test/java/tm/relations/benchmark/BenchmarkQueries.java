package tm.relations.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tm.relations.web.Pagination;

/**
 * The fixed set of representative requests, each with its floor: one hand-written Cypher
 * statement giving the same answer (the same items, with the same fields and evidence),
 * run through the Java driver. The floor is what the database itself needs; the ratio of
 * the service to it is the price of GraphQL, HTTP, JSON, the resolvers and their extra
 * statements. Where the question names an entity, the floor finds it by its exact name
 * through the {@code entity_name} index, as a hand-written statement would.
 */
final class BenchmarkQueries {

	/**
	 * The country of the nested query: one with missions, companies and their activities.
	 */
	static final String COUNTRY = System.getProperty("bench.country", "Germany");

	private static final String NOT_DUBIOUS = "NOT coalesce(%s.dubious, false)";

	/** The endpoint of the rail paths that links to most. */
	private static final String HUB = "Turkmenistan";

	/** The nodes a path may pass through, as {@code PathRepository} says. */
	private static final String PASSABLE = "(x:Entity OR x:Fact) AND NOT (x:Placeholder OR x:Status OR x:Name OR x:Statistic)";

	/** Nodes and edges of each path, shaped as the API's {@code Drawing} fragment. */
	private static final String PATH_PROJECTION = """
			RETURN [n IN nodes(p) | n {.id, .key, .name, labels: labels(n)}] AS nodes,
			       [r IN relationships(p) | {id: r.key, type: type(r), source: coalesce(startNode(r).id, startNode(r).key),
			                                 target: coalesce(endNode(r).id, endNode(r).key), properties: properties(r)}] AS edges""";

	private static final String DRAWING = """
			fragment Drawing on PathResult {
			  paths { length nodes { id } edges { id type } }
			  nodes { id ... on Entity { name kind } }
			  edges { id source target type kind properties { name value } current evidence { revision quote } }
			}""";

	private static final String COUNTRY_FLOOR = """
			MATCH (c:Entity:Country {name: $name})
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			RETURN c {.id, .name, .iso3, .region, .subregion} AS country,
			  COLLECT { MATCH (tkm)-[r:DIPLOMATIC_RELATIONS]-(c) WHERE %1$s
			            RETURN r {.established, .establishedPrecision, .impliedBy, .current, .revisions, .quotes,
			                      .basis, .context}
			            ORDER BY r.revisions[-1] DESC } AS relations,
			  COLLECT { CALL (c) {
			              MATCH (c)-[:MAINTAINS]->(m:Mission) RETURN m
			              UNION
			              MATCH (m:Mission)-[:ACCREDITED_TO]->(c) WHERE NOT EXISTS { (c)-[:MAINTAINS]->(m) } RETURN m
			            }
			            WITH m WHERE %2$s
			            RETURN m {.key, .missionKind, .present, .since, .sincePrecision, .inCapital, .doublesAs, .current,
			                      .revisions, .quotes,
			                      city: COLLECT { MATCH (m)-[:MISSION_IN]->(x) RETURN x.name }[0],
			                      owner: COLLECT { MATCH (o)-[:MAINTAINS]->(m) RETURN o {.id, .name} }[0],
			                      accreditedTo: COLLECT { MATCH (m)-[a:ACCREDITED_TO]->(t) WHERE %3$s
			                                              RETURN {target: t.name, role: a.role} }}
			            ORDER BY m.missionKind, m.name } AS missions,
			  COLLECT { MATCH (co:Entity:Company)-[h:HEADQUARTERED_IN]->(c) WHERE %4$s
			            RETURN {company: co {.name, .sector,
			                                 activities: COLLECT { MATCH (co)-[a:ACTIVE_IN]->(:Entity) WHERE %3$s
			                                                       RETURN a {.activity, .sector, .revisions, .quotes} }},
			                    revisions: h.revisions, quotes: h.quotes, basis: h.basis}
			            ORDER BY co.name } AS companies,
			  COLLECT { CALL (c) {
			              MATCH (c)-[r:PARTY_TO]->(t:Treaty) WHERE %5$s RETURN t
			              UNION
			              MATCH (c)<-[:HEADQUARTERED_IN]-(:Company)-[r:PARTY_TO]->(t:Treaty) WHERE %5$s RETURN t
			              UNION
			              MATCH (t:Treaty)-[r:CONCERNS]->(c) WHERE %5$s RETURN t
			            }
			            WITH t WHERE %6$s
			            RETURN t {.treatyKind, .date, .datePrecision, .subject, .revisions, .quotes,
			                      parties: COLLECT { MATCH (p)-[r:PARTY_TO]->(t) WHERE %5$s RETURN {party: p.name, role: r.role} }}
			            ORDER BY t.date, t.key } AS agreements,
			  COLLECT { MATCH (d:Dispute)-[r:INVOLVES]->(c) WHERE %5$s AND NOT coalesce(d.dubious, false)
			            WITH DISTINCT d
			            RETURN d {.topic, .disputeKind,
			                      statusHistory: COLLECT { MATCH (d)-[:HAS_STATUS]->(s:Status) WHERE NOT coalesce(s.dubious, false)
			                                               RETURN s {.value, .revisions, .quotes} ORDER BY s.revisions[0] },
			                      parties: COLLECT { MATCH (d)-[r:INVOLVES]->(p) WHERE %5$s RETURN {party: p.name, role: r.role} }}
			            ORDER BY d.topic } AS disputes,
			  COLLECT { MATCH (c)-[r:MEMBER_OF|PARTNER_OF]->(o:Entity:Organisation) WHERE %5$s
			            MATCH (:Entity:Country {id: 'turkmenistan'})-[t:MEMBER_OF|PARTNER_OF]->(o)
			            WHERE c <> tkm AND NOT coalesce(t.dubious, false)
			            RETURN o {.acronym, .name} ORDER BY o.name } AS sharedMemberships,
			  COLLECT { MATCH (tkm)-[r:TRADES_WITH]-(c) WHERE %5$s
			            RETURN r {.tradeKind, .amount, .current, .revisions, .quotes} ORDER BY r.revisions[-1] DESC } AS trade"""
		.formatted(dubious("r"), dubious("m"), dubious("a"), dubious("h"), dubious("r"), dubious("t"));

	/**
	 * {@code EnergyRepository}'s statement with the country found by name, and the
	 * pipelines' routes (each stop resolved to its country) in the same statement: the
	 * assets found from the country outwards, each asset's partners found per asset (no
	 * list of assets unwound in the branches of a {@code UNION}, whose deduplication then
	 * held the list in every row: beyond the transaction memory limit at x1000). Three
	 * {@code %s}: what comes between the facts and the routes of their assets, what a
	 * partner's connections are grouped by beside it, and the tail that returns them.
	 */
	private static final String ENERGY_CONNECTIONS = """
			MATCH (of:Entity:Country {name: $of})
			CALL (of) {
			  CALL (of) {
			    MATCH (of)<-[l:LOCATED_IN WHERE l.revisions IS NOT NULL AND NOT coalesce(l.dubious, false)]-{0,4}(:Entity)
			          <-[r:ROUTE|BUILT_BY|BACKED_BY|SPANS|LOCATED_IN]-(asset:Entity)
			    WHERE (asset:Pipeline OR asset:Dam OR asset:Field OR asset:Concession)
			      AND r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			    RETURN asset
			    UNION
			    MATCH (of)<-[a:ACTIVE_IN]-(:Company)-[r:OPERATES|HOLDS]->(asset:Entity)
			    WHERE (asset:Pipeline OR asset:Dam OR asset:Field OR asset:Concession)
			      AND r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false) AND NOT coalesce(a.dubious, false)
			    RETURN asset
			    UNION
			    MATCH (of)-[p:PARTY_TO]->(:Treaty)-[r:CONCERNS]->(asset:Entity)
			    WHERE (asset:Pipeline OR asset:Dam OR asset:Field OR asset:Concession)
			      AND r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false) AND NOT coalesce(p.dubious, false)
			    RETURN asset
			  }
			  CALL (of, asset) {
			    MATCH (asset)-[r:ROUTE]->(stop:Entity)
			    WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			    CALL (stop) {
			      OPTIONAL MATCH located = (stop)-[l:LOCATED_IN WHERE l.revisions IS NOT NULL
			                                       AND NOT coalesce(l.dubious, false)]->{0,4}(country:Country)
			      RETURN country ORDER BY length(located) LIMIT 1
			    }
			    WITH r, country AS partner
			    WHERE partner IS NOT NULL AND partner <> of
			    RETURN partner, r AS fact, null AS company
			    UNION ALL
			    MATCH (asset)-[r:BUILT_BY|BACKED_BY|SPANS]->(partner:Country)
			    WHERE partner <> of AND r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			    RETURN partner, r AS fact, null AS company
			    UNION ALL
			    MATCH (company:Company)-[r:OPERATES|HOLDS]->(asset)
			    WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			    MATCH (company)-[o:OWNED_BY WHERE o.revisions IS NOT NULL AND NOT coalesce(o.dubious, false)]->{0,2}(home:Company)
			          -[h:HEADQUARTERED_IN]->(partner:Country)
			    WHERE partner <> of AND h.revisions IS NOT NULL AND NOT coalesce(h.dubious, false)
			    RETURN DISTINCT partner, r AS fact, company
			  }
			  RETURN partner, fact, true AS outgoing, asset, company, [] AS railheads
			  UNION ALL
			  MATCH (of)-[r:EXPORTS_GAS_TO|EXPORTS_ELECTRICITY_TO|EXPORTS_LPG_TO|SUPPLIES_WARM_WATER_TO]-(partner:Country)
			  WHERE partner <> of AND r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			  OPTIONAL MATCH (asset:Entity:Pipeline {id: r.via})
			  RETURN partner, r AS fact, startNode(r) = of AS outgoing, asset, null AS company,
			         COLLECT { MATCH (railhead:Entity) WHERE railhead.id IN coalesce(r.railheads, [])
			                   RETURN railhead.name ORDER BY railhead.name } AS railheads
			}
			%s
			CALL (asset) {
			  MATCH (asset:Pipeline)-[r:ROUTE]->(stop:Entity)
			  WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			  CALL (stop) {
			    OPTIONAL MATCH located = (stop)-[l:LOCATED_IN WHERE l.revisions IS NOT NULL
			                                     AND NOT coalesce(l.dubious, false)]->{0,4}(country:Country)
			    RETURN country ORDER BY length(located) LIMIT 1
			  }
			  WITH r, stop, country ORDER BY r.seq, r.revisions[0], stop.name
			  RETURN collect({seq: r.seq, place: stop {.id, .name}, country: country {.name, .iso3}}) AS route
			}
			WITH %s partner, collect({type: type(fact), outgoing: outgoing, fact: properties(fact),
			                       asset: asset {.id, .name, .commodity, .cost, .status, .routeComplete, route: route},
			                       company: company {.id, .name}, railheads: railheads}) AS connections
			%s""";

	private static final String ENERGY_FLOOR = ENERGY_CONNECTIONS.formatted("", "", """
			RETURN partner {.id, .name, .iso3} AS partner, connections
			ORDER BY partner.name""");

	/**
	 * The page: every partner's facts, sorted by partner, cut to the page, and only then
	 * the routes of the page's assets.
	 */
	private static final String ENERGY_PAGE_FLOOR = ENERGY_CONNECTIONS.formatted(
			"""
					WITH partner, collect({fact: fact, outgoing: outgoing, asset: asset, company: company, railheads: railheads}) AS facts
					ORDER BY partner.name
					WITH collect({partner: partner, facts: facts}) AS partners
					UNWIND partners[$offset..$offset + $first] AS page
					UNWIND page.facts AS f
					WITH size(partners) AS totalCount, page.partner AS partner, f.fact AS fact, f.outgoing AS outgoing,
					     f.asset AS asset, f.company AS company, f.railheads AS railheads""",
			"totalCount,", """
					RETURN totalCount, partner {.id, .name, .iso3} AS partner, connections
					ORDER BY partner.name""");

	private static final String SHORTEST_PATH_FLOOR = """
			CYPHER 25
			MATCH (start:Entity {name: $from}), (end:Entity {name: $to})
			MATCH p = ALL SHORTEST (start) (()-[r:PIPELINE_LINK WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)]-
			                                (x WHERE x = end OR (%s)))+ (end)
			WHERE length(p) <= $maxHops
			%s
			LIMIT 50"""
		.formatted(PASSABLE, PATH_PROJECTION);

	/**
	 * Every path of at most four hops that visits no node twice, as the start, up to
	 * three nodes that are neither endpoint, and the end; the shortest {@code $first}.
	 * The pattern is written from the hub ({@code $hub}, Turkmenistan) to the other
	 * endpoint, whichever end of the paths the hub is at ({@code $hubFirst} false: at the
	 * end, and each path is turned round): written from the other endpoint, the planner
	 * expanded from there and ran past the 30 s timeout at x1000 (Tajikistan to
	 * Turkmenistan).
	 */
	private static final String ALL_PATHS_FLOOR = """
			CYPHER 25
			MATCH (hub:Entity {name: $hub}), (other:Entity {name: $other})
			MATCH p = (hub) (()-[r WHERE %1$s]-(x WHERE x <> hub AND x <> other AND (%3$s))){0,3}
			          ()-[arrival WHERE %2$s]-(other)
			WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
			WITH p ORDER BY length(p) LIMIT $first
			WITH CASE WHEN $hubFirst THEN nodes(p) ELSE reverse(nodes(p)) END AS pathNodes,
			     CASE WHEN $hubFirst THEN relationships(p) ELSE reverse(relationships(p)) END AS pathRelationships
			%4$s""".formatted(railLink("r"), railLink("arrival"), PASSABLE,
			PATH_PROJECTION.replace("nodes(p)", "pathNodes").replace("relationships(p)", "pathRelationships"));

	private static final String SEARCH_FLOOR = """
			CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
			WHERE NOT node:Placeholder
			RETURN node {.id, .name, .aliases, .current, .iso3, .revisions, .quotes, labels: labels(node)} AS node, score
			ORDER BY score DESC, node.name
			LIMIT $first""";

	/**
	 * The diff in one statement: every fact record either revision states (as
	 * {@code RevisionRepository} selects them), grouped by fact in fact-key order and
	 * classified added, removed, changed or unchanged (the records compared by type, ends
	 * and the properties that are not provenance); per class the count and the first
	 * {@code $first} facts, each side with its records and their quotes (a row each; one
	 * row without fact for the unchanged count). Only references to the records are kept
	 * until the facts returned are known, so the whole diff never has to fit in memory
	 * (and no {@code ORDER BY} at the end: it would hold the collected list in every
	 * row).
	 */
	private static final String DIFF_FLOOR = """
			CALL () {
			  MATCH (subject)-[r]->(object)
			  WHERE r.revisions IS NOT NULL AND ($from IN r.revisions OR $to IN r.revisions)
			    AND NOT coalesce(r.dubious, false)
			    AND NOT (object:Fact AND (type(r) IN $attributeTypes
			             OR coalesce(object.factKey, object.key) = coalesce(r.factKey, r.key)))
			  RETURN coalesce(r.factKey, r.key) AS factKey, r AS record, $from IN r.revisions AS inFrom,
			         $to IN r.revisions AS inTo
			  UNION ALL
			  MATCH (fact:Fact)
			  WHERE fact.revisions IS NOT NULL AND ($from IN fact.revisions OR $to IN fact.revisions)
			    AND NOT coalesce(fact.dubious, false)
			  RETURN coalesce(fact.factKey, fact.key) AS factKey, fact AS record, $from IN fact.revisions AS inFrom,
			         $to IN fact.revisions AS inTo
			}
			WITH factKey, record, inFrom, inTo ORDER BY factKey
			WITH factKey, collect(record) AS records, count(*) AS stated, count(CASE WHEN inFrom THEN 1 END) AS before,
			     count(CASE WHEN inTo THEN 1 END) AS after, count(CASE WHEN inFrom AND inTo THEN 1 END) AS both
			WITH factKey, records,
			     CASE WHEN before = 0 THEN 'ADDED' WHEN after = 0 THEN 'REMOVED' WHEN both = stated THEN 'UNCHANGED'
			          WHEN all(b IN records WHERE NOT $from IN b.revisions OR any(a IN records WHERE $to IN a.revisions AND %1$s))
			           AND all(a IN records WHERE NOT $to IN a.revisions OR any(b IN records WHERE $from IN b.revisions AND %1$s))
			          THEN 'UNCHANGED'
			          ELSE 'CHANGED' END AS change
			WITH change, count(*) AS total,
			     collect(CASE WHEN change <> 'UNCHANGED' THEN [factKey, records] END)[..$first] AS page
			UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS fact
			WITH change, total, fact[0] AS factKey,
			     [x IN coalesce(fact[1], []) | CASE WHEN x IS :: RELATIONSHIP
			        THEN {id: x.key, type: type(x), value: x.value, current: x.current, revisions: x.revisions,
			              quotes: x.quotes, subject: coalesce(startNode(x).id, startNode(x).key),
			              object: coalesce(endNode(x).id, endNode(x).key)}
			        ELSE [holder IN [[(holder)-[h]->(x) WHERE type(h) IN $attributeTypes
			                          OR coalesce(h.factKey, h.key) = coalesce(x.factKey, x.key) | holder][0]] |
			              {id: x.key, type: [l IN labels(x) WHERE l <> 'Fact'][0], value: x.value, current: x.current,
			               revisions: x.revisions, quotes: x.quotes, subject: coalesce(holder.id, holder.key, x.key),
			               object: CASE WHEN holder IS NULL THEN null ELSE x.key END}][0] END] AS records
			RETURN change, total, factKey,
			       [x IN records WHERE $from IN x.revisions |
			        x {.id, .type, .value, .current, .subject, .object,
			           quotes: [i IN range(0, size(x.revisions) - 1) WHERE x.revisions[i] = $from | x.quotes[i]]}] AS before,
			       [x IN records WHERE $to IN x.revisions |
			        x {.id, .type, .value, .current, .subject, .object,
			           quotes: [i IN range(0, size(x.revisions) - 1) WHERE x.revisions[i] = $to | x.quotes[i]]}] AS after"""
		.formatted(
				"""
						(a = b OR CASE WHEN a IS :: RELATIONSHIP AND b IS :: RELATIONSHIP
						               THEN type(a) = type(b) AND startNode(a) = startNode(b) AND endNode(a) = endNode(b)
						                    AND all(k IN keys(a) + keys(b) WHERE k IN $provenance OR coalesce(a[k] = b[k], false))
						               ELSE false END)""");

	private static final String COUNTERPARTS_FLOOR = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			CALL (tkm) {
			  MATCH (tkm)-[r]-(c:Entity:Country)
			  WHERE c <> tkm AND r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			  RETURN c
			  UNION
			  MATCH (tkm)-[r1]-(:Fact)-[r2]-(c:Entity:Country)
			  WHERE c <> tkm AND r1.revisions IS NOT NULL AND r2.revisions IS NOT NULL
			    AND NOT coalesce(r1.dubious, false) AND NOT coalesce(r2.dubious, false)
			  RETURN c
			  UNION
			  MATCH (tkm)<-[r1:ACTIVE_IN]-(:Company)-[r2:HEADQUARTERED_IN]->(c:Entity:Country)
			  WHERE c <> tkm AND NOT coalesce(r1.dubious, false) AND NOT coalesce(r2.dubious, false)
			  RETURN c
			}
			WITH tkm, c ORDER BY toLower(c.name), c.id
			WITH tkm, collect(c) AS matches
			UNWIND matches[$offset..($offset + $first)] AS c
			RETURN size(matches) AS totalCount,
			       c {.id, .name, .iso3, .region, .subregion,
			          relations: COLLECT { MATCH (tkm)-[r:DIPLOMATIC_RELATIONS]-(c) WHERE NOT coalesce(r.dubious, false)
			                               RETURN r {.established, .establishedPrecision, .revisions, .quotes}
			                               ORDER BY r.revisions[-1] DESC },
			          missions: COLLECT { MATCH (c)-[:MAINTAINS]->(m:Mission) WHERE NOT coalesce(m.dubious, false)
			                              RETURN m {.missionKind, .inCapital, .present,
			                                        city: COLLECT { MATCH (m)-[:MISSION_IN]->(x) RETURN x.name }[0]}
			                              ORDER BY m.missionKind, m.name }} AS counterpart""";

	private BenchmarkQueries() {
	}

	/** The nine requests, in report order. */
	static List<BenchmarkQuery> all() {
		return List.of(countryNested(), energyPartners(), energyPartnersPage(), shortestPath(), allPaths(),
				allPathsToHub(), search(), revisionDiff(), counterpartsPage());
	}

	/** PRODUCT 4.1, the example query: a country and its relations, four levels deep. */
	static BenchmarkQuery countryNested() {
		return new BenchmarkQuery("country-nested",
				"country(name: \"" + COUNTRY + "\") with relations, missions, companies > activities > evidence, "
						+ "agreements, disputes, memberships, trade (graphql/examples/q01)",
				example("q01-country.graphql"), Map.of("name", COUNTRY), COUNTRY_FLOOR, Map.of("name", COUNTRY),
				BenchmarkQuery.arrays("country.relationWithTurkmenistan", "country.missions", "country.companies",
						"country.agreements", "country.disputes", "country.sharedMemberships", "country.trade"),
				BenchmarkQuery.lists("relations", "missions", "companies", "agreements", "disputes",
						"sharedMemberships", "trade"));
	}

	/**
	 * PRODUCT 4.3, the example query: Turkmenistan's energy partners, their assets and
	 * routes.
	 */
	static BenchmarkQuery energyPartners() {
		return new BenchmarkQuery("energy-partners",
				"energyPartners(of: \"Turkmenistan\") with assets, routes and evidence (graphql/examples/q03)",
				example("q03-energy-partners.graphql"), Map.of("of", "Turkmenistan", "includeDubious", false),
				ENERGY_FLOOR, Map.of("of", "Turkmenistan"), BenchmarkQuery.arrays("energyPartners.connections"),
				BenchmarkQuery.lists("connections"));
	}

	/**
	 * PRODUCT 4.3 a page at a time: partners 5 to 14 of the example query's selection
	 * through {@code energyPartnersConnection} (at x1, where Turkmenistan has about ten
	 * partners, the page is not full).
	 */
	static BenchmarkQuery energyPartnersPage() {
		// q03 with its field wrapped in a connection: the same selection on each edge's
		// node.
		String list = example("q03-energy-partners.graphql").strip();
		String wrapped = list.replace("query EnergyPartners(", "query EnergyPartnersPage($first: Int, $after: String, ")
			.replace("energyPartners(of: $of, asOf: $asOf, includeDubious: $includeDubious) {",
					"""
							energyPartnersConnection(of: $of, asOf: $asOf, includeDubious: $includeDubious, first: $first, after: $after) {
							    totalCount
							    pageInfo { hasNextPage endCursor }
							    edges { cursor node {""");
		// Close edges and node before the query's last brace.
		String page = wrapped.substring(0, wrapped.lastIndexOf('}')) + "} }\n}\n";
		return new BenchmarkQuery("energy-partners-page",
				"energyPartnersConnection(first: 10, after: <5th>), the selection of q03 (page 2)", page,
				Map.of("of", "Turkmenistan", "includeDubious", false, "first", 10, "after", Pagination.cursor(4)),
				ENERGY_PAGE_FLOOR, Map.of("of", "Turkmenistan", "offset", 5, "first", 10),
				BenchmarkQuery.arrays("energyPartnersConnection.edges.node.connections"),
				BenchmarkQuery.lists("connections"));
	}

	/** PRODUCT 4.5: how Turkmen gas reaches India. */
	static BenchmarkQuery shortestPath() {
		return new BenchmarkQuery("shortest-path",
				"shortestPaths(Turkmenistan -> India, PIPELINE_LINK, maxHops: 5) as nodes and edges", """
						query ($from: String!, $to: String!) {
						  shortestPaths(from: $from, to: $to, kinds: [ENERGY], types: ["PIPELINE_LINK"], maxHops: 5) {
						    ...Drawing
						  }
						}
						""" + DRAWING, Map.of("from", "Turkmenistan", "to", "India"), SHORTEST_PATH_FLOOR,
				Map.of("from", "Turkmenistan", "to", "India", "maxHops", 5),
				BenchmarkQuery.arrays("shortestPaths.paths"), BenchmarkQuery.rows());
	}

	/** PRODUCT 4.5: the rail links that lead to Tajikistan, all paths up to 4 hops. */
	static BenchmarkQuery allPaths() {
		return railPaths("all-paths", HUB, "Tajikistan");
	}

	/**
	 * {@link #allPaths()} the other way round: the hub, Turkmenistan, at the end of the
	 * paths rather than at their start.
	 */
	static BenchmarkQuery allPathsToHub() {
		return railPaths("all-paths-to-hub", "Tajikistan", HUB);
	}

	private static BenchmarkQuery railPaths(String name, String from, String to) {
		return new BenchmarkQuery(name, "paths(" + from + " -> " + to + ", RAIL, maxHops: 4, first: 10)", """
				query ($from: String!, $to: String!) {
				  paths(from: $from, to: $to, kinds: [RAIL], maxHops: 4, first: 10) {
				    ...Drawing
				  }
				}
				""" + DRAWING, Map.of("from", from, "to", to), ALL_PATHS_FLOOR,
				Map.of("hub", HUB, "other", HUB.equals(from) ? to : from, "hubFirst", HUB.equals(from), "first", 10,
						"types",
						List.of("RAIL_LINK", "EXTENDS", "CONNECTS_TO", "PART_OF_CORRIDOR", "INTERESTED_IN",
								"USES_SEAPORTS_IN", "LOCATED_IN")),
				BenchmarkQuery.arrays("paths.paths"), BenchmarkQuery.rows());
	}

	/** PRODUCT 4.6, the example query: full-text search. */
	static BenchmarkQuery search() {
		return new BenchmarkQuery("search", "search(text: \"Dousti\", first: 5) (graphql/examples/q06)",
				example("q06-search.graphql"), Map.of("text", "Dousti", "first", 5), SEARCH_FLOOR,
				Map.of("query", "Dousti dousti*", "first", 5), BenchmarkQuery.arrays("search"), BenchmarkQuery.rows());
	}

	/**
	 * PRODUCT 4.8: the changes between revisions 000 and 002, with both sides' quotes:
	 * the counts of the three lists and the first 20 facts of each (the whole diff grows
	 * with the graph; a client reads it in such parts).
	 */
	static BenchmarkQuery revisionDiff() {
		String q08 = example("q08-revisions.graphql");
		String fragments = q08.substring(q08.indexOf("fragment change"));
		Map<String, Object> floor = new HashMap<>();
		floor.put("from", "000");
		floor.put("to", "002");
		floor.put("first", 20);
		floor.put("attributeTypes", List.of("HAS_STATUS", "KNOWN_AS", "HAS_STATISTIC"));
		floor.put("provenance", List.of("key", "factKey", "revisions", "quotes", "current", "dubious", "dubiousReason",
				"basis", "context", "contextRevision", "citation"));
		return new BenchmarkQuery("revision-diff",
				"revisionDiff(from: R000, to: R002): the counts, and the first 20 added, removed and changed facts "
						+ "with both sides' quotes",
				"""
						query {
						  revisionDiff(from: R000, to: R002) {
						    from to unchangedCount addedCount removedCount changedCount
						    added(limit: 20) { ...change }
						    removed(limit: 20) { ...change }
						    changed(limit: 20) { ...change }
						  }
						}
						""" + fragments, Map.of(), DIFF_FLOOR, floor,
				BenchmarkQuery.arrays("revisionDiff.added", "revisionDiff.removed", "revisionDiff.changed"),
				(records) -> (int) records.stream()
					.filter((record) -> !"UNCHANGED".equals(record.get("change").asString()))
					.count());
	}

	/** PRODUCT 4.2: the second page of 20 counterparts, with relations and missions. */
	static BenchmarkQuery counterpartsPage() {
		return new BenchmarkQuery("counterparts-page",
				"counterparts(first: 20, after: <20th>) with relation and missions sent (page 2)",
				"""
						query ($first: Int, $after: String) {
						  counterparts(first: $first, after: $after) {
						    totalCount
						    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
						    edges {
						      cursor
						      node {
						        id
						        name
						        ... on Country {
						          iso3 region subregion
						          relationWithTurkmenistan { established { value precision } evidence { revision quote } }
						          missions(direction: SENT) { missionKind city { name } inCapital present }
						        }
						      }
						    }
						  }
						}""",
				Map.of("first", 20, "after", Pagination.cursor(19)), COUNTERPARTS_FLOOR,
				Map.of("offset", 20, "first", 20), BenchmarkQuery.arrays("counterparts.edges"), BenchmarkQuery.rows());
	}

	/** Whether the relationship {@code r} is a rail link a path follows. */
	private static String railLink(String r) {
		return """
				%1$s.revisions IS NOT NULL AND NOT coalesce(%1$s.dubious, false)
				AND (type(%1$s) IN $types OR (type(%1$s) = 'ROUTE' AND (startNode(%1$s):Railway OR startNode(%1$s):Corridor)))"""
			.formatted(r);
	}

	private static String dubious(String variable) {
		return NOT_DUBIOUS.formatted(variable);
	}

	/** An example query of {@code graphql/examples/}, from its classpath copy. */
	static String example(String name) {
		try (InputStream in = BenchmarkQueries.class.getResourceAsStream("/graphql-examples/" + name)) {
			if (in == null) {
				throw new IllegalStateException("No example " + name + " on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
