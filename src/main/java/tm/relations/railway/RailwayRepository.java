package tm.relations.railway;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.node.PartialDate;
import tm.relations.provenance.Provenance;

/**
 * Railways and corridors: the lists, lookups by name and the links between lines. Every
 * method is one statement, whatever the number of lines asked about.
 */
@Repository
@Transactional(readOnly = true)
class RailwayRepository {

	/** Railways mentioned by {@code $asOf} (all when null), by name. */
	static final String RAILWAYS = """
			MATCH (n:Entity:Railway)
			WHERE $asOf IS NULL OR $asOf IN coalesce(n.revisions, [])
			RETURN n
			ORDER BY n.name""";

	/** Corridors mentioned by {@code $asOf} (all when null), by name. */
	static final String CORRIDORS = """
			MATCH (n:Entity:Corridor)
			WHERE $asOf IS NULL OR $asOf IN coalesce(n.revisions, [])
			RETURN n
			ORDER BY n.name""";

	/**
	 * A railway by key, global id, name or alias, case-insensitive; a key or name match
	 * before an alias match.
	 */
	static final String RAILWAY = """
			WITH toLower(trim($name)) AS wanted
			MATCH (n:Entity:Railway)
			WHERE toLower(n.id) = wanted OR toLower('Railway:' + n.id) = wanted OR toLower(n.name) = wanted
			   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
			RETURN n
			ORDER BY CASE WHEN toLower(n.name) = wanted OR toLower(n.id) = wanted THEN 0 ELSE 1 END, n.name
			LIMIT 1""";

	/** The EXTENDS and CONNECTS_TO facts of each railway, either way. */
	static final String RAILWAY_LINKS = """
			UNWIND $keys AS key
			MATCH (line:Entity:Railway {id: key})-[r:EXTENDS|CONNECTS_TO]-(other:Railway)
			WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			OPTIONAL MATCH (at:Entity {id: r.at})
			RETURN key, r, startNode(r) = line AS outgoing, other, at
			ORDER BY key, type(r), other.name""";

	/** The PART_OF_CORRIDOR facts of each railway or corridor. */
	static final String CORRIDOR_LINKS = """
			UNWIND $keys AS key
			MATCH (:Entity {id: key})-[r:PART_OF_CORRIDOR]-()
			WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			RETURN key, r, startNode(r) AS railway, endNode(r) AS corridor
			ORDER BY key, railway.name, corridor.name""";

	private final Neo4jClient neo4j;

	RailwayRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<GraphNode> railways(String asOf) {
		return nodes(RAILWAYS, KeyedRows.parameters("asOf", asOf));
	}

	List<GraphNode> corridors(String asOf) {
		return nodes(CORRIDORS, KeyedRows.parameters("asOf", asOf));
	}

	GraphNode railway(String name) {
		return nodes(RAILWAY, KeyedRows.parameters("name", name)).stream().findFirst().orElse(null);
	}

	/** The extension and connection facts of each railway, by railway key. */
	Map<String, List<RailwayLink>> railwayLinks(List<String> keys) {
		return KeyedRows.groupByKey(this.neo4j, RAILWAY_LINKS, KeyedRows.parameters("keys", keys),
				RailwayRepository::railwayLink);
	}

	/** The corridor memberships of each railway or corridor, by its key. */
	Map<String, List<CorridorLink>> corridorLinks(List<String> keys) {
		return KeyedRows.groupByKey(this.neo4j, CORRIDOR_LINKS, KeyedRows.parameters("keys", keys), (row) -> {
			Map<String, Object> fact = row.get("r").asRelationship().asMap();
			return new CorridorLink((String) fact.get("key"), GraphNode.of(row.get("railway").asNode()),
					GraphNode.of(row.get("corridor").asNode()), Boolean.TRUE.equals(fact.get("intended")),
					Boolean.TRUE.equals(fact.get("current")), Provenance.of(fact));
		});
	}

	private List<GraphNode> nodes(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> GraphNode.of(row.get("n").asNode()))
			.all());
	}

	private static RailwayLink railwayLink(Record row) {
		var relationship = row.get("r").asRelationship();
		Map<String, Object> fact = relationship.asMap();
		Value at = row.get("at");
		Object length = fact.get("lengthKm");
		return new RailwayLink((String) fact.get("key"), relationship.type(), row.get("outgoing").asBoolean(),
				GraphNode.of(row.get("other").asNode()),
				PartialDate.of((String) fact.get("date"), (String) fact.get("datePrecision")),
				(length instanceof Number number) ? number.doubleValue() : null,
				Boolean.TRUE.equals(fact.get("planned")), Boolean.TRUE.equals(fact.get("potential")),
				at.isNull() ? null : GraphNode.of(at.asNode()), Boolean.TRUE.equals(fact.get("current")),
				Provenance.of(fact));
	}

}
