package tm.relations.mission;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.BatchStatement;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;

/**
 * Missions of countries and the structure of each mission. Every method is one read
 * statement for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
public class MissionRepository {

	/**
	 * The missions each node maintains (SENT) and those others maintain accredited to it
	 * (HOSTED), negative statements included (they are facts too).
	 */
	public static final BatchStatement<GraphNode> MISSIONS = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (c:Entity {id: key})
			CALL (c) {
			  MATCH (c)-[:MAINTAINS]->(m:Mission)
			  RETURN m, 'SENT' AS direction
			  UNION
			  MATCH (m:Mission)-[:ACCREDITED_TO]->(c)
			  WHERE NOT EXISTS { (c)-[:MAINTAINS]->(m) }
			  RETURN m, 'HOSTED' AS direction
			}
			WITH key, m, direction
			WHERE ($direction = 'BOTH' OR direction = $direction)
			  AND ($asOf IS NULL OR $asOf IN m.revisions) AND ($includeDubious OR NOT coalesce(m.dubious, false))
			RETURN key, m
			ORDER BY key, direction DESC, m.missionKind, m.name""", List.of("m"), BatchStatement.node("m"));

	/**
	 * Each mission's owner, city, head's residence (the first by name where the text
	 * gives several), accreditations and heads with their evidence.
	 */
	public static final BatchStatement<MissionLinks> LINKS = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (m:Mission {key: key})
			RETURN key,
			  COLLECT { MATCH (owner:Entity)-[:MAINTAINS]->(m) RETURN owner ORDER BY owner.name LIMIT 1 } AS owner,
			  COLLECT { MATCH (m)-[:MISSION_IN]->(city:Entity) RETURN city ORDER BY city.name LIMIT 1 } AS city,
			  COLLECT { MATCH (m)-[:HEAD_RESIDENT_IN]->(city:Entity)
			            RETURN city ORDER BY city.name LIMIT 1 } AS headResidentIn,
			  COLLECT { MATCH (m)-[r:ACCREDITED_TO]->(target:Entity) WHERE NOT coalesce(r.dubious, false)
			            WITH target, properties(r) AS r ORDER BY r.role, target.name
			            RETURN {target: target, r: r} } AS accreditedTo,
			  COLLECT { MATCH (person:Entity)-[r:HEADS]->(m) WHERE NOT coalesce(r.dubious, false)
			            WITH person, properties(r) AS r ORDER BY person.name
			            RETURN {person: person, r: r} } AS heads""",
			List.of("owner", "city", "headResidentIn", "accreditedTo", "heads"), MissionRepository::links);

	private final Neo4jClient neo4j;

	MissionRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, List<GraphNode>> missionsOf(List<String> keys, MissionsArguments arguments) {
		return MISSIONS.run(this.neo4j, parameters(keys, arguments));
	}

	Map<String, MissionLinks> linksOf(List<String> missionKeys) {
		return LINKS.runFirst(this.neo4j, KeyedRows.parameters("keys", missionKeys));
	}

	/**
	 * The parameters of {@link #MISSIONS}.
	 * @param keys the nodes' keys
	 * @param arguments the field's arguments
	 * @return the parameters
	 */
	public static Map<String, Object> parameters(List<String> keys, MissionsArguments arguments) {
		return KeyedRows.parameters("keys", keys, "direction", arguments.direction().name(), "asOf",
				arguments.filter().asOfCode(), "includeDubious", arguments.filter().includeDubious());
	}

	private static MissionLinks links(MapAccessor row) {
		return new MissionLinks(first(row.get("owner")), first(row.get("city")), first(row.get("headResidentIn")),
				row.get("accreditedTo")
					.asList((link) -> Accreditation.of(GraphNode.of(link.get("target").asNode()),
							link.get("r").asMap())),
				row.get("heads")
					.asList((link) -> MissionHead.of(GraphNode.of(link.get("person").asNode()),
							link.get("r").asMap())));
	}

	private static GraphNode first(Value nodes) {
		return nodes.isEmpty() ? null : GraphNode.of(nodes.get(0).asNode());
	}

}
