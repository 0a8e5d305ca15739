package tm.relations.railway;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.EntityLookup;
import tm.relations.node.EntityPage;
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

	private final EntityLookup entities;

	RailwayRepository(Neo4jClient neo4j, EntityLookup entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	List<GraphNode> railways(String asOf) {
		return this.entities.all("Railway", asOf);
	}

	List<GraphNode> corridors(String asOf) {
		return this.entities.all("Corridor", asOf);
	}

	EntityPage railways(String asOf, int offset, int first) {
		return this.entities.page("Railway", asOf, offset, first);
	}

	EntityPage corridors(String asOf, int offset, int first) {
		return this.entities.page("Corridor", asOf, offset, first);
	}

	GraphNode railway(String name) {
		return this.entities.named("Railway", name);
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
