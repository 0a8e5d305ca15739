package tm.relations.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.revision.Revision;

/**
 * Looks up the stored provenance of one node or relationship, in one statement.
 */
@Repository
@Transactional(readOnly = true)
class ProvenanceRepository {

	/**
	 * A relationship by its key (or, for one without a key, its element id) with both
	 * ends.
	 */
	static final String RELATION = """
			MATCH (start)-[r]->(end)
			WHERE r.key = $key OR (r.key IS NULL AND elementId(r) = $key)
			RETURN type(r) AS type, properties(r) AS properties, start, end
			LIMIT 1""";

	/**
	 * An entity by {@code id} or a fact node by {@code key}, with the label asked for.
	 */
	static final String NODE = """
			CALL () {
			  MATCH (n:Entity {id: $key}) RETURN n
			  UNION
			  MATCH (n:Fact {key: $key}) RETURN n
			}
			WITH n WHERE $label IN labels(n)
			RETURN n
			LIMIT 1""";

	private final Neo4jClient neo4j;

	ProvenanceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The provenance of the relationship with this key, if there is one. */
	Optional<ProvenanceResult> ofRelation(String id, String key) {
		return this.neo4j.query(RELATION).bind(key).to("key").fetchAs(ProvenanceResult.class).mappedBy((types, row) -> {
			Map<String, Object> properties = row.get("properties").asMap();
			List<GraphNode> ends = new ArrayList<>();
			typed(row.get("start"), ends);
			typed(row.get("end"), ends);
			return result(id, row.get("type").asString(), properties, ends);
		}).one();
	}

	/** The provenance of the node with this label and key, if there is one. */
	Optional<ProvenanceResult> ofNode(String id, String label, String key) {
		return this.neo4j.query(NODE)
			.bindAll(Map.of("key", key, "label", label))
			.fetchAs(ProvenanceResult.class)
			.mappedBy((types, row) -> {
				GraphNode node = GraphNode.of(row.get("n").asNode());
				return result(id, node.type(), node.properties(), List.of(node));
			})
			.one();
	}

	private static ProvenanceResult result(String id, String type, Map<String, Object> properties,
			List<GraphNode> nodes) {
		List<Provenance> evidence = Provenance.of(properties);
		return new ProvenanceResult(id, type, (String) properties.get("factKey"),
				Boolean.TRUE.equals(properties.get("current")), Boolean.TRUE.equals(properties.get("dubious")),
				(String) properties.get("dubiousReason"), evidence.stream().map(Provenance::revision).toList(),
				evidence, nodes);
	}

	/** Adds the node as the API shows it; a node of no API type is left out. */
	private static void typed(Value value, List<GraphNode> nodes) {
		try {
			nodes.add(GraphNode.of(value.asNode()));
		}
		catch (IllegalStateException ex) {
			// a node of a kind the schema has no type for (bookkeeping): nothing to show
		}
	}

}
