package tm.relations.country;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.mission.MissionKind;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;

/**
 * Countries and counterparts. Every method is one read statement, whatever the number of
 * countries asked about.
 */
@Repository
@Transactional(readOnly = true)
class CountryRepository {

	/**
	 * Whether {@code c} is a counterpart of Turkmenistan ({@code tkm}): a fact links
	 * them, directly, through a fact node (a mission, treaty or dispute both touch), or
	 * through a company of {@code c} active in Turkmenistan. Facts stated by
	 * {@code $asOf} only (any revision when null), dubious ones never.
	 */
	static final String IS_COUNTERPART = """
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

	/**
	 * The date relations with {@code c} were established, as the newest revision stating
	 * a date gives it (null when no record gives one).
	 */
	static final String ESTABLISHED = """
			COLLECT { MATCH (tkm)-[r:DIPLOMATIC_RELATIONS]-(c)
			          WHERE r.established IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			            AND NOT coalesce(r.dubious, false)
			          RETURN r.established AS established ORDER BY r.revisions[-1] DESC, established }[0]""";

	/**
	 * Whether {@code c} keeps a present embassy in Ashgabat: in the city itself, or "in
	 * Turkmenistan's capital" (a mission accredited to Turkmenistan with
	 * {@code inCapital}, where the text names no city: Ashgabat is the capital).
	 */
	static final String HAS_EMBASSY_IN_ASHGABAT = """
			EXISTS { MATCH (c)-[:MAINTAINS]->(m:Mission {missionKind: 'EMBASSY'})
			         WHERE coalesce(m.present, true) AND ($asOf IS NULL OR $asOf IN m.revisions)
			           AND NOT coalesce(m.dubious, false)
			           AND (EXISTS { (m)-[:MISSION_IN]->(:City {id: 'ashgabat'}) }
			                OR (coalesce(m.inCapital, false) AND EXISTS { (m)-[:ACCREDITED_TO]->(tkm) })) }""";

	/**
	 * Whether {@code c} and Turkmenistan exchange a present mission of kind
	 * {@code $missionKind}, either way.
	 */
	static final String HAS_MISSION_KIND = """
			(EXISTS { MATCH (c)-[:MAINTAINS]->(m:Mission)-[:ACCREDITED_TO]->(tkm)
			          WHERE m.missionKind = $missionKind AND coalesce(m.present, true)
			            AND ($asOf IS NULL OR $asOf IN m.revisions) AND NOT coalesce(m.dubious, false) }
			 OR EXISTS { MATCH (tkm)-[:MAINTAINS]->(m:Mission)-[:ACCREDITED_TO]->(c)
			             WHERE m.missionKind = $missionKind AND coalesce(m.present, true)
			               AND ($asOf IS NULL OR $asOf IN m.revisions) AND NOT coalesce(m.dubious, false) })""";

	/** A country by ISO alpha-3 code, name, alias or key, case-insensitive. */
	static final String COUNTRY = """
			WITH toLower(trim($name)) AS wanted
			MATCH (c:Entity:Country)
			WHERE toLower(c.iso3) = wanted OR toLower(c.name) = wanted OR c.id = wanted
			   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = wanted)
			RETURN c
			ORDER BY CASE WHEN toLower(c.iso3) = wanted THEN 0 WHEN toLower(c.name) = wanted THEN 1 ELSE 2 END, c.id
			LIMIT 1""";

	/**
	 * Turkmenistan's counterparts matching the filter, up to the sort. The fragments
	 * above are inserted as {@code %1$s} (counterpart), {@code %2$s} (established),
	 * {@code %3$s} (embassy in Ashgabat) and {@code %4$s} (mission kind).
	 */
	static final String COUNTERPARTS = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			MATCH (c:Entity)
			WHERE (c:Country OR ($includePlaceholders AND c:Placeholder)) AND c <> tkm
			  AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains)
			       OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
			  AND ($region IS NULL OR toLower(c.region) = toLower($region))
			  AND ($subregion IS NULL OR toLower(c.subregion) = toLower($subregion))
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
			""".formatted(IS_COUNTERPART, ESTABLISHED, HAS_EMBASSY_IN_ASHGABAT, HAS_MISSION_KIND);

	/** Ascending sort, counterparts without a sort key last, then the page. */
	static final String COUNTERPARTS_ASC = COUNTERPARTS + """
			ORDER BY sortKey IS NULL, sortKey ASC, toLower(c.name), c.id
			WITH collect(c) AS matches
			RETURN size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page""";

	/** Descending sort, counterparts without a sort key last, then the page. */
	static final String COUNTERPARTS_DESC = COUNTERPARTS + """
			ORDER BY sortKey IS NULL, sortKey DESC, toLower(c.name), c.id
			WITH collect(c) AS matches
			RETURN size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page""";

	/** The diplomatic-relations records between Turkmenistan and each node. */
	static final String RELATION_WITH_TURKMENISTAN = """
			UNWIND $keys AS key
			MATCH (:Entity:Country {id: 'turkmenistan'})-[r:DIPLOMATIC_RELATIONS]-(:Entity {id: key})
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, properties(r) AS r
			ORDER BY key, r.revisions[-1] DESC, r.key""";

	/** The trade facts between Turkmenistan and each node. */
	static final String TRADE = """
			UNWIND $keys AS key
			MATCH (:Entity:Country {id: 'turkmenistan'})-[r:TRADES_WITH]-(:Entity {id: key})
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, properties(r) AS r
			ORDER BY key, r.revisions[-1] DESC, r.key""";

	/**
	 * The statistics: every count in one statement, over the same counterparts as
	 * {@link #COUNTERPARTS}.
	 */
	static final String STATISTICS = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			CALL (tkm) {
			  MATCH (c:Entity)
			  WHERE (c:Country OR c:Placeholder) AND c <> tkm AND %1$s
			  WITH tkm, c, %2$s AS established, %3$s AS embassy,
			       EXISTS { MATCH (tkm)-[r:DIPLOMATIC_RELATIONS]-(c)
			                WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND NOT coalesce(r.dubious, false) } AS related
			  WITH c, established, embassy, related, (c:Country OR $includePlaceholders) AS counted
			  RETURN count(CASE WHEN counted THEN 1 END) AS counterparts,
			         count(CASE WHEN c:Placeholder THEN 1 END) AS unnamedCounterparts,
			         count(CASE WHEN counted AND embassy THEN 1 END) AS withEmbassy,
			         count(CASE WHEN counted AND related THEN 1 END) AS withRelations,
			         collect(CASE WHEN counted AND established IS NOT NULL
			                      THEN substring(established, 0, 3) + '0s' END) AS decades,
			         collect(CASE WHEN counted THEN {region: c.region} END) AS regions
			}
			CALL (decades) {
			  UNWIND decades AS decade
			  WITH decade, count(*) AS n ORDER BY decade
			  RETURN collect({decade: decade, count: n}) AS byDecade
			}
			CALL (regions) {
			  UNWIND regions AS row
			  WITH row.region AS region, count(*) AS n ORDER BY n DESC, region
			  RETURN collect({region: region, count: n}) AS byRegion
			}
			CALL (tkm) {
			  MATCH (m:Mission)
			  WHERE ($asOf IS NULL OR $asOf IN m.revisions) AND NOT coalesce(m.dubious, false)
			  WITH m, coalesce(m.present, true) AS present,
			       EXISTS { (m)-[:MISSION_IN]->(:City {id: 'ashgabat'}) }
			       OR (coalesce(m.inCapital, false) AND EXISTS { (m)-[:ACCREDITED_TO]->(tkm) }) AS inAshgabat
			  WITH m.missionKind AS kind, count(CASE WHEN present THEN 1 END) AS n,
			       count(CASE WHEN NOT present THEN 1 END) AS absent,
			       count(CASE WHEN present AND inAshgabat THEN 1 END) AS inAshgabat
			  ORDER BY kind
			  RETURN collect({kind: kind, count: n, absent: absent, inAshgabat: inAshgabat}) AS missionsByKind
			}
			CALL () {
			  CALL () {
			    MATCH ()-[r]->() WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			    UNWIND r.revisions AS revision
			    RETURN revision
			    UNION ALL
			    MATCH (f:Fact) WHERE f.revisions IS NOT NULL AND NOT coalesce(f.dubious, false)
			    UNWIND f.revisions AS revision
			    RETURN revision
			  }
			  WITH revision WHERE $asOf IS NULL OR revision = $asOf
			  WITH revision, count(*) AS n ORDER BY revision
			  RETURN collect({revision: revision, count: n}) AS factsByRevision
			}
			RETURN counterparts, unnamedCounterparts, withEmbassy, withRelations, byDecade, byRegion, missionsByKind,
			       factsByRevision,
			       COUNT { MATCH (tkm)-[r:MEMBER_OF|PARTNER_OF]->(:Organisation)
			               WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND NOT coalesce(r.dubious, false) } AS memberships"""
		.formatted(IS_COUNTERPART, ESTABLISHED, HAS_EMBASSY_IN_ASHGABAT);

	private final Neo4jClient neo4j;

	CountryRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The country with this name, alias, ISO alpha-3 code or key; null for none. */
	GraphNode findByName(String name) {
		return this.neo4j.query(COUNTRY)
			.bind(name)
			.to("name")
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> GraphNode.of(row.get("c").asNode()))
			.one()
			.orElse(null);
	}

	/** One page of counterparts, and the number of all that match. */
	CounterpartPage counterparts(CounterpartFilter filter, CounterpartOrder order, int offset, int first, Revision asOf,
			boolean includePlaceholders) {
		String cypher = (order.direction() == CounterpartOrder.Direction.DESC) ? COUNTERPARTS_DESC : COUNTERPARTS_ASC;
		Map<String, Object> parameters = KeyedRows.parameters("asOf", Revision.codeOf(asOf), "includePlaceholders",
				includePlaceholders, "nameContains", filter.nameContains(), "region", filter.region(), "subregion",
				filter.subregion(), "establishedBefore", filter.establishedBefore(), "establishedAfter",
				filter.establishedAfter(), "hasEmbassyInAshgabat", filter.hasEmbassyInAshgabat(), "missionKind",
				filter.hasMissionKind(), "orderBy", order.field().name(), "offset", offset, "first", first);
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(CounterpartPage.class)
			.mappedBy((types, row) -> new CounterpartPage(row.get("page").asList((n) -> GraphNode.of(n.asNode())),
					row.get("totalCount").asInt()))
			.one()
			.orElseThrow();
	}

	/** The diplomatic-relations records of each node with Turkmenistan. */
	Map<String, List<DiplomaticRelation>> relationsWithTurkmenistan(List<String> keys, FactFilter filter) {
		return KeyedRows.groupByKey(this.neo4j, RELATION_WITH_TURKMENISTAN, parameters(keys, filter),
				(row) -> DiplomaticRelation.of(row.get("r").asMap()));
	}

	/** The trade facts of each node with Turkmenistan. */
	Map<String, List<TradeRelation>> trade(List<String> keys, FactFilter filter) {
		return KeyedRows.groupByKey(this.neo4j, TRADE, parameters(keys, filter),
				(row) -> TradeRelation.of(row.get("r").asMap()));
	}

	/** The statistics, in one statement. */
	Statistics statistics(Revision asOf, boolean includePlaceholders) {
		return this.neo4j.query(STATISTICS)
			.bindAll(KeyedRows.parameters("asOf", Revision.codeOf(asOf), "includePlaceholders", includePlaceholders))
			.fetchAs(Statistics.class)
			.mappedBy((types, row) -> new Statistics(asOf, row.get("counterparts").asInt(),
					row.get("unnamedCounterparts").asInt(), row.get("withEmbassy").asInt(),
					row.get("withRelations").asInt(), row.get("memberships").asInt(),
					row.get("missionsByKind")
						.asList((Value v) -> new Statistics.MissionKindCount(MissionKind.of(v.get("kind").asString()),
								v.get("count").asInt(), v.get("absent").asInt(), v.get("inAshgabat").asInt())),
					row.get("byDecade")
						.asList((Value v) -> new Statistics.DecadeCount(v.get("decade").asString(),
								v.get("count").asInt())),
					row.get("byRegion")
						.asList((Value v) -> new Statistics.RegionCount(
								v.get("region").isNull() ? null : v.get("region").asString(), v.get("count").asInt())),
					row.get("factsByRevision")
						.asList((Value v) -> new Statistics.RevisionCount(Revision.ofCode(v.get("revision").asString()),
								v.get("count").asInt()))))
			.one()
			.orElseThrow();
	}

	private static Map<String, Object> parameters(List<String> keys, FactFilter filter) {
		return KeyedRows.parameters("keys", keys, "asOf", filter.asOfCode(), "includeDubious", filter.includeDubious());
	}

	/**
	 * One page of counterparts.
	 *
	 * @param nodes the page
	 * @param totalCount all matches
	 */
	record CounterpartPage(List<GraphNode> nodes, int totalCount) {
	}

}
