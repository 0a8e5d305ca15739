package tm.relations.country;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.mission.MissionKind;
import tm.relations.node.BatchStatement;
import tm.relations.node.EntityLookup;
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
	 * Turkmenistan's counterparts, found from Turkmenistan ({@code tkm}) outwards: the
	 * nodes a fact links to it directly, through a fact node (a mission, treaty or
	 * dispute both touch), or through a company of theirs active in Turkmenistan. Facts
	 * stated by {@code $asOf} only (any revision when null), dubious ones never;
	 * countries, and placeholders when {@code $withPlaceholders}. One row per counterpart
	 * {@code c}, with {@code tkm}, {@code established} (the date relations were
	 * established, as the newest revision stating a date gives it; null when no record
	 * gives one) and {@code related} (whether a diplomatic-relations fact links them,
	 * with or without provenance). Starts with {@code CALL}, after a clause binding
	 * {@code tkm}.
	 * <p>
	 * Each kind of link is expanded once from Turkmenistan, and the date comes from the
	 * same expansion, so the cost grows with Turkmenistan's facts. Asking every country
	 * whether such a fact exists (three {@code EXISTS} subqueries each) cost the number
	 * of countries times Turkmenistan's facts: over the 10 s limit at the benchmark's
	 * x1000 (30,000 countries, 200,000 facts on Turkmenistan).
	 */
	static final String COUNTERPART_ROWS = """
			CALL (tkm) {
			  MATCH (tkm)-[r]-(c:Entity)
			  WHERE (c:Country OR ($withPlaceholders AND c:Placeholder)) AND c <> tkm
			    AND ($asOf IS NULL OR $asOf IN r.revisions) AND NOT coalesce(r.dubious, false)
			  RETURN c, r.revisions IS NOT NULL AS linked, type(r) = 'DIPLOMATIC_RELATIONS' AS related,
			         CASE WHEN type(r) = 'DIPLOMATIC_RELATIONS' AND r.established IS NOT NULL
			              THEN {established: r.established, revision: r.revisions[-1]} END AS dated
			  UNION ALL
			  MATCH (tkm)-[r1]-(:Fact)-[r2]-(c:Entity)
			  WHERE (c:Country OR ($withPlaceholders AND c:Placeholder)) AND c <> tkm
			    AND r1.revisions IS NOT NULL AND r2.revisions IS NOT NULL
			    AND ($asOf IS NULL OR ($asOf IN r1.revisions AND $asOf IN r2.revisions))
			    AND NOT coalesce(r1.dubious, false) AND NOT coalesce(r2.dubious, false)
			  RETURN c, true AS linked, false AS related, null AS dated
			  UNION ALL
			  MATCH (tkm)<-[r1:ACTIVE_IN]-(:Company)-[r2:HEADQUARTERED_IN]->(c:Entity)
			  WHERE (c:Country OR ($withPlaceholders AND c:Placeholder)) AND c <> tkm
			    AND ($asOf IS NULL OR ($asOf IN r1.revisions AND $asOf IN r2.revisions))
			    AND NOT coalesce(r1.dubious, false) AND NOT coalesce(r2.dubious, false)
			  RETURN c, true AS linked, false AS related, null AS dated
			}
			WITH tkm, c, count(CASE WHEN linked THEN 1 END) AS links, count(CASE WHEN related THEN 1 END) > 0 AS related,
			     collect(dated) AS dates
			WHERE links > 0
			WITH tkm, c, related,
			     COLLECT { UNWIND dates AS dated
			               RETURN dated.established AS established ORDER BY dated.revision DESC, established }[0]
			     AS established
			""";

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

	/**
	 * Turkmenistan's counterparts ({@link #COUNTERPART_ROWS}) matching the filter, up to
	 * the sort. The fragments above are inserted as {@code %1$s} (counterparts),
	 * {@code %2$s} (embassy in Ashgabat) and {@code %3$s} (mission kind); those two are
	 * asked only of the counterparts, and only when the filter names them (written as
	 * {@code $x IS NULL OR ...} predicates, which the planner short-circuits; comparing
	 * {@code EXISTS {...} = $x} made it run the subquery for every counterpart).
	 */
	static final String COUNTERPARTS = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			%1$s
			WITH tkm, c, established
			WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains)
			       OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
			  AND ($region IS NULL OR toLower(c.region) = toLower($region))
			  AND ($subregion IS NULL OR toLower(c.subregion) = toLower($subregion))
			  AND ($establishedBefore IS NULL
			       OR (established < $establishedBefore AND NOT $establishedBefore STARTS WITH established))
			  AND ($establishedAfter IS NULL
			       OR (established > $establishedAfter AND NOT established STARTS WITH $establishedAfter))
			  AND ($hasEmbassyInAshgabat IS NULL OR ($hasEmbassyInAshgabat AND %2$s)
			       OR (NOT $hasEmbassyInAshgabat AND NOT %2$s))
			  AND ($missionKind IS NULL OR %3$s)
			WITH c, CASE $orderBy WHEN 'ESTABLISHED' THEN established WHEN 'ISO3' THEN c.iso3
			                      ELSE toLower(c.name) END AS sortKey
			""".formatted(COUNTERPART_ROWS, HAS_EMBASSY_IN_ASHGABAT, HAS_MISSION_KIND);

	/**
	 * {@link #COUNTERPARTS} sorted (counterparts without a sort key last) and cut: the
	 * number of all matches as {@code totalCount} and the {@code page}, for a
	 * {@code RETURN} or a further part ({@code CountryProfiles} reads the page's fields
	 * on).
	 */
	static final String COUNTERPARTS_ASC = COUNTERPARTS + """
			ORDER BY sortKey IS NULL, sortKey ASC, toLower(c.name), c.id
			WITH collect(c) AS matches
			WITH size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page""";

	/** {@link #COUNTERPARTS_ASC}, sorted the other way. */
	static final String COUNTERPARTS_DESC = COUNTERPARTS + """
			ORDER BY sortKey IS NULL, sortKey DESC, toLower(c.name), c.id
			WITH collect(c) AS matches
			WITH size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page""";

	/**
	 * The diplomatic-relations records between Turkmenistan and each node. The node is
	 * bound before the pattern (in a {@code CALL}), so that the planner checks the
	 * relationships between the two (Expand(Into), from the node of fewer) rather than
	 * expanding every relation of Turkmenistan: 34,000 at the benchmark's x1000. The same
	 * holds for {@link #TRADE} and {@code OrganisationRepository.SHARED_MEMBERSHIPS}.
	 */
	static final BatchStatement<DiplomaticRelation> RELATION_WITH_TURKMENISTAN = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (c:Entity {id: key})
			CALL (c) {
			  MATCH (:Entity:Country {id: 'turkmenistan'})-[r:DIPLOMATIC_RELATIONS]-(c)
			  WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  RETURN r
			}
			RETURN key, properties(r) AS r
			ORDER BY key, r.revisions[-1] DESC, r.key""", List.of("r"),
			(row) -> DiplomaticRelation.of(row.get("r").asMap()));

	/** The trade facts between Turkmenistan and each node. */
	static final BatchStatement<TradeRelation> TRADE = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (c:Entity {id: key})
			CALL (c) {
			  MATCH (:Entity:Country {id: 'turkmenistan'})-[r:TRADES_WITH]-(c)
			  WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  RETURN r
			}
			RETURN key, properties(r) AS r
			ORDER BY key, r.revisions[-1] DESC, r.key""", List.of("r"),
			(row) -> TradeRelation.of(row.get("r").asMap()));

	/**
	 * The statistics: every count in one statement, over the same counterparts as
	 * {@link #COUNTERPARTS} (placeholders always found, {@code $withPlaceholders}, and
	 * counted apart).
	 */
	static final String STATISTICS = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			CALL (tkm) {
			  %1$s
			  WITH tkm, c, established, related, %2$s AS embassy
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
		.formatted(COUNTERPART_ROWS, HAS_EMBASSY_IN_ASHGABAT);

	private final Neo4jClient neo4j;

	private final EntityLookup entities;

	CountryRepository(Neo4jClient neo4j, EntityLookup entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	/**
	 * The country with this name, alias, ISO alpha-3 code, key or global id; null for
	 * none.
	 */
	GraphNode findByName(String name) {
		return this.entities.named("Country", name);
	}

	/** One page of counterparts, and the number of all that match. */
	CounterpartPage counterparts(CounterpartFilter filter, CounterpartOrder order, int offset, int first, Revision asOf,
			boolean includePlaceholders) {
		return this.neo4j.query(counterparts(order) + "\nRETURN totalCount, page")
			.bindAll(counterpartParameters(filter, order, offset, first, asOf, includePlaceholders))
			.fetchAs(CounterpartPage.class)
			.mappedBy((types, row) -> CounterpartPage.of(row))
			.one()
			.orElseThrow();
	}

	/** {@link #COUNTERPARTS_ASC} or {@link #COUNTERPARTS_DESC}, as the order asks. */
	static String counterparts(CounterpartOrder order) {
		return (order.direction() == CounterpartOrder.Direction.DESC) ? COUNTERPARTS_DESC : COUNTERPARTS_ASC;
	}

	/** The parameters of {@link #counterparts(CounterpartOrder)}. */
	static Map<String, Object> counterpartParameters(CounterpartFilter filter, CounterpartOrder order, int offset,
			int first, Revision asOf, boolean includePlaceholders) {
		return KeyedRows.parameters("asOf", Revision.codeOf(asOf), "withPlaceholders", includePlaceholders,
				"nameContains", filter.nameContains(), "region", filter.region(), "subregion", filter.subregion(),
				"establishedBefore", filter.establishedBefore(), "establishedAfter", filter.establishedAfter(),
				"hasEmbassyInAshgabat", filter.hasEmbassyInAshgabat(), "missionKind", filter.hasMissionKind(),
				"orderBy", order.field().name(), "offset", offset, "first", first);
	}

	/** The diplomatic-relations records of each node with Turkmenistan. */
	Map<String, List<DiplomaticRelation>> relationsWithTurkmenistan(List<String> keys, FactFilter filter) {
		return RELATION_WITH_TURKMENISTAN.run(this.neo4j, parameters(keys, filter));
	}

	/** The trade facts of each node with Turkmenistan. */
	Map<String, List<TradeRelation>> trade(List<String> keys, FactFilter filter) {
		return TRADE.run(this.neo4j, parameters(keys, filter));
	}

	/** The statistics, in one statement. */
	Statistics statistics(Revision asOf, boolean includePlaceholders) {
		return this.neo4j.query(STATISTICS)
			.bindAll(KeyedRows.parameters("asOf", Revision.codeOf(asOf), "withPlaceholders", true,
					"includePlaceholders", includePlaceholders))
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

		/** The page of a row holding {@code page} and {@code totalCount}. */
		static CounterpartPage of(org.neo4j.driver.types.MapAccessor row) {
			return new CounterpartPage(row.get("page").asList((n) -> GraphNode.of(n.asNode())),
					row.get("totalCount").asInt());
		}

	}

}
