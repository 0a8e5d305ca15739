package tm.relations.organisation;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.BatchStatement;
import tm.relations.node.EntityLookup;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;

/**
 * Organisations, memberships and organisations' missions. Every method is one read
 * statement for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
public class OrganisationRepository {

	/** One page of organisations by name, with the number of all matches. */
	static final String ORGANISATIONS = """
			MATCH (o:Entity:Organisation)
			WHERE ($asOf IS NULL OR $asOf IN o.revisions) AND ($orgKind IS NULL OR toLower(o.orgKind) = toLower($orgKind))
			WITH o ORDER BY toLower(o.name), o.id
			WITH collect(o) AS matches
			RETURN size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page""";

	/** The members and partners of each organisation. */
	static final String MEMBERS = """
			UNWIND $keys AS key
			MATCH (member:Entity)-[r:MEMBER_OF|PARTNER_OF]->(o:Entity {id: key})
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, member, o, type(r) AS type, properties(r) AS r
			ORDER BY key, type, member.name""";

	/** The organisations each node is a member or partner of. */
	static final String MEMBERSHIPS = """
			UNWIND $keys AS key
			MATCH (member:Entity {id: key})-[r:MEMBER_OF|PARTNER_OF]->(o:Entity)
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, member, o, type(r) AS type, properties(r) AS r
			ORDER BY key, type, o.name""";

	/** The organisations each country and Turkmenistan both belong to. */
	public static final BatchStatement<SharedMembership> SHARED_MEMBERSHIPS = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (c:Entity {id: key})
			CALL (c) {
			  MATCH (c)-[r:MEMBER_OF|PARTNER_OF]->(o:Entity:Organisation)
			  WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  MATCH (tkm:Entity:Country {id: 'turkmenistan'})-[t:MEMBER_OF|PARTNER_OF]->(o)
			  WHERE c <> tkm AND ($asOf IS NULL OR $asOf IN t.revisions)
			    AND ($includeDubious OR NOT coalesce(t.dubious, false))
			  RETURN r, o, tkm, t
			}
			RETURN key, c, o, type(r) AS type, properties(r) AS r, tkm, type(t) AS tkmType, properties(t) AS t
			ORDER BY key, o.name""", List.of("c", "o", "type", "r", "tkm", "tkmType", "t"),
			OrganisationRepository::sharedMembership);

	/** The missions each organisation maintains in Ashgabat. */
	static final String MISSIONS_IN_ASHGABAT = """
			UNWIND $keys AS key
			MATCH (:Entity {id: key})-[:MAINTAINS]->(m:Mission)-[:MISSION_IN]->(:Entity {id: 'ashgabat'})
			WHERE ($asOf IS NULL OR $asOf IN m.revisions) AND ($includeDubious OR NOT coalesce(m.dubious, false))
			RETURN key, m
			ORDER BY key, m.name""";

	/** What each organisation is part of. */
	static final String PART_OF = """
			UNWIND $keys AS key
			MATCH (part:Entity {id: key})-[r:PART_OF]->(whole:Entity)
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, part, whole, properties(r) AS r
			ORDER BY key, whole.name""";

	/** The parts of each organisation or country. */
	static final String PARTS = """
			UNWIND $keys AS key
			MATCH (part:Entity)-[r:PART_OF]->(whole:Entity {id: key})
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, part, whole, properties(r) AS r
			ORDER BY key, part.name""";

	private final Neo4jClient neo4j;

	private final EntityLookup entities;

	OrganisationRepository(Neo4jClient neo4j, EntityLookup entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	OrganisationPage organisations(String orgKind, int offset, int first, Revision asOf) {
		return this.neo4j.query(ORGANISATIONS)
			.bindAll(KeyedRows.parameters("orgKind", orgKind, "asOf", Revision.codeOf(asOf), "offset", offset, "first",
					first))
			.fetchAs(OrganisationPage.class)
			.mappedBy((types, row) -> new OrganisationPage(
					row.get("page").asList((Value n) -> GraphNode.of(n.asNode())), row.get("totalCount").asInt()))
			.one()
			.orElseThrow();
	}

	/**
	 * The organisation with this acronym, name, key, global id or alias; null for none.
	 */
	GraphNode findByName(String name) {
		return this.entities.named("Organisation", name);
	}

	Map<String, List<Membership>> membersOf(List<String> keys, FactFilter filter) {
		return KeyedRows.groupByKey(this.neo4j, MEMBERS, parameters(keys, filter), OrganisationRepository::membership);
	}

	Map<String, List<Membership>> membershipsOf(List<String> keys, FactFilter filter) {
		return KeyedRows.groupByKey(this.neo4j, MEMBERSHIPS, parameters(keys, filter),
				OrganisationRepository::membership);
	}

	Map<String, List<SharedMembership>> sharedMembershipsOf(List<String> keys, FactFilter filter) {
		return SHARED_MEMBERSHIPS.run(this.neo4j, parameters(keys, filter));
	}

	private static SharedMembership sharedMembership(MapAccessor row) {
		GraphNode organisation = GraphNode.of(row.get("o").asNode());
		return new SharedMembership(organisation,
				Membership.of(GraphNode.of(row.get("c").asNode()), organisation, row.get("type").asString(),
						row.get("r").asMap()),
				Membership.of(GraphNode.of(row.get("tkm").asNode()), organisation, row.get("tkmType").asString(),
						row.get("t").asMap()));
	}

	Map<String, List<GraphNode>> missionsInAshgabatOf(List<String> keys, FactFilter filter) {
		return KeyedRows.groupByKey(this.neo4j, MISSIONS_IN_ASHGABAT, parameters(keys, filter),
				(row) -> GraphNode.of(row.get("m").asNode()));
	}

	Map<String, List<PartOf>> partOf(List<String> keys) {
		return KeyedRows.groupByKey(this.neo4j, PART_OF, KeyedRows.parameters("keys", keys),
				OrganisationRepository::partOf);
	}

	Map<String, List<PartOf>> partsOf(List<String> keys) {
		return KeyedRows.groupByKey(this.neo4j, PARTS, KeyedRows.parameters("keys", keys),
				OrganisationRepository::partOf);
	}

	private static Membership membership(Record row) {
		return Membership.of(GraphNode.of(row.get("member").asNode()), GraphNode.of(row.get("o").asNode()),
				row.get("type").asString(), row.get("r").asMap());
	}

	private static PartOf partOf(Record row) {
		return PartOf.of(GraphNode.of(row.get("part").asNode()), GraphNode.of(row.get("whole").asNode()),
				row.get("r").asMap());
	}

	private static Map<String, Object> parameters(List<String> keys, FactFilter filter) {
		return KeyedRows.parameters("keys", keys, "asOf", filter.asOfCode(), "includeDubious", filter.includeDubious());
	}

	/**
	 * One page of organisations.
	 *
	 * @param nodes the page
	 * @param totalCount all matches
	 */
	record OrganisationPage(List<GraphNode> nodes, int totalCount) {
	}

}
