package tm.relations.mission;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;

/**
 * Missions of countries and the structure of each mission. Every method is one read
 * statement for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
class MissionRepository {

	/**
	 * The missions each node maintains (SENT) and those others maintain accredited to it
	 * (HOSTED), negative statements included (they are facts too).
	 */
	static final String MISSIONS = """
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
			ORDER BY key, direction DESC, m.missionKind, m.name""";

	/** Who maintains each mission. */
	static final String OWNERS = """
			UNWIND $keys AS key
			MATCH (owner:Entity)-[:MAINTAINS]->(:Mission {key: key})
			RETURN key, owner
			ORDER BY key, owner.name""";

	/** The city each mission is in. */
	static final String CITIES = """
			UNWIND $keys AS key
			MATCH (:Mission {key: key})-[:MISSION_IN]->(city:Entity)
			RETURN key, city
			ORDER BY key, city.name""";

	/** The city where the head of each mission resides, when elsewhere. */
	static final String HEAD_RESIDENCES = """
			UNWIND $keys AS key
			MATCH (:Mission {key: key})-[:HEAD_RESIDENT_IN]->(city:Entity)
			RETURN key, city
			ORDER BY key, city.name""";

	/** The accreditations of each mission, with their evidence. */
	static final String ACCREDITATIONS = """
			UNWIND $keys AS key
			MATCH (:Mission {key: key})-[r:ACCREDITED_TO]->(target:Entity)
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, target, properties(r) AS r
			ORDER BY key, r.role, target.name""";

	/** The people heading each mission, with their evidence. */
	static final String HEADS = """
			UNWIND $keys AS key
			MATCH (person:Entity)-[r:HEADS]->(:Mission {key: key})
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, person, properties(r) AS r
			ORDER BY key, person.name""";

	private final Neo4jClient neo4j;

	MissionRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, List<GraphNode>> missionsOf(List<String> keys, MissionsArguments arguments) {
		return KeyedRows.groupByKey(this.neo4j, MISSIONS,
				KeyedRows.parameters("keys", keys, "direction", arguments.direction().name(), "asOf",
						arguments.filter().asOfCode(), "includeDubious", arguments.filter().includeDubious()),
				(row) -> GraphNode.of(row.get("m").asNode()));
	}

	Map<String, GraphNode> ownersOf(List<String> missionKeys) {
		return KeyedRows.firstByKey(this.neo4j, OWNERS, KeyedRows.parameters("keys", missionKeys),
				(row) -> GraphNode.of(row.get("owner").asNode()));
	}

	Map<String, GraphNode> citiesOf(List<String> missionKeys) {
		return KeyedRows.firstByKey(this.neo4j, CITIES, KeyedRows.parameters("keys", missionKeys),
				(row) -> GraphNode.of(row.get("city").asNode()));
	}

	Map<String, GraphNode> headResidencesOf(List<String> missionKeys) {
		return KeyedRows.firstByKey(this.neo4j, HEAD_RESIDENCES, KeyedRows.parameters("keys", missionKeys),
				(row) -> GraphNode.of(row.get("city").asNode()));
	}

	Map<String, List<Accreditation>> accreditationsOf(List<String> missionKeys) {
		return KeyedRows.groupByKey(this.neo4j, ACCREDITATIONS, KeyedRows.parameters("keys", missionKeys),
				(row) -> Accreditation.of(GraphNode.of(row.get("target").asNode()), row.get("r").asMap()));
	}

	Map<String, List<MissionHead>> headsOf(List<String> missionKeys) {
		return KeyedRows.groupByKey(this.neo4j, HEADS, KeyedRows.parameters("keys", missionKeys),
				(row) -> MissionHead.of(GraphNode.of(row.get("person").asNode()), row.get("r").asMap()));
	}

}
