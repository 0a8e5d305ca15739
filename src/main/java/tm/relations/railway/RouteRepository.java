package tm.relations.railway;

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
import tm.relations.node.Relation;
import tm.relations.provenance.Provenance;

/**
 * The ordered routes and the status history of pipelines, railways and corridors. Each
 * method is one statement for any number of lines, so a list of lines with their routes
 * costs one round trip per level. The statements are public so that a feature that finds
 * lines can read their routes in its own statement and prime the loaders
 * ({@link LineLoaders}), as {@code energy.EnergyRepository} does.
 */
@Repository
@Transactional(readOnly = true)
public class RouteRepository {

	/**
	 * The stops of each line in order, each with the country it lies in: the stop itself
	 * when a country, else the nearest country up its {@code LOCATED_IN} chain (city,
	 * district, province, country), following only facts with provenance.
	 */
	public static final BatchStatement<RouteStop> ROUTES = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (line:Entity {id: key})-[r:ROUTE]->(stop:Entity)
			WHERE r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			  AND ($asOf IS NULL OR $asOf IN r.revisions)
			CALL (stop) {
			  OPTIONAL MATCH located = (stop)-[l:LOCATED_IN WHERE l.revisions IS NOT NULL
			                                   AND NOT coalesce(l.dubious, false)]->{0,4}(country:Country)
			  RETURN country
			  ORDER BY length(located)
			  LIMIT 1
			}
			RETURN key, r, stop, country
			ORDER BY key, r.seq, r.revisions[0], stop.name""", List.of("r", "stop", "country"), RouteRepository::stop);

	/** Every status a revision states of each line, oldest revision first. */
	public static final BatchStatement<GraphNode> STATUS_HISTORY = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (:Entity {id: key})-[h:HAS_STATUS]->(status:Status)
			WHERE h.revisions IS NOT NULL AND NOT coalesce(h.dubious, false)
			RETURN key, status
			ORDER BY key, status.revisions[0], coalesce(status.since, ''), status.key""", List.of("status"),
			BatchStatement.node("status"));

	private final Neo4jClient neo4j;

	RouteRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The route of each line, by line key. */
	Map<String, List<RouteStop>> routes(List<String> keys, String asOf) {
		return ROUTES.run(this.neo4j, KeyedRows.parameters("keys", keys, "asOf", asOf));
	}

	/** The status history of each line, by line key. */
	Map<String, List<GraphNode>> statusHistory(List<String> keys) {
		return STATUS_HISTORY.run(this.neo4j, KeyedRows.parameters("keys", keys));
	}

	private static RouteStop stop(MapAccessor row) {
		Map<String, Object> fact = row.get("r").asRelationship().asMap();
		Value country = row.get("country");
		return new RouteStop(((Number) fact.get("seq")).intValue(), GraphNode.of(row.get("stop").asNode()),
				country.isNull() ? null : GraphNode.of(country.asNode()), Relation.propertiesOf(fact),
				Boolean.TRUE.equals(fact.get("current")), Provenance.of(fact));
	}

}
