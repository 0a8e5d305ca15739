package tm.relations.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.provenance.Provenance;

/**
 * Reads nodes by key and their relations. Every method is one Cypher statement, whatever
 * the number of keys, so nested selections cost one round trip per level.
 */
@Repository
@Transactional(readOnly = true)
public class NodeRepository {

	/**
	 * Finds entities by {@code id} and fact nodes by {@code key}, through their indexes.
	 */
	static final String NODES_BY_KEY = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (n:Entity {id: key}) RETURN n
			  UNION
			  MATCH (n:Fact {key: key}) RETURN n
			}
			RETURN key, n""";

	/**
	 * Every fact touching the given nodes, filtered by relationship type, revision and
	 * dubiousness.
	 */
	static final String RELATIONS = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (n:Entity {id: key}) RETURN n
			  UNION
			  MATCH (n:Fact {key: key}) RETURN n
			}
			MATCH (n)-[r]-(other)
			WHERE type(r) IN $types
			  AND ($asOf IS NULL OR $asOf IN r.revisions)
			  AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  AND r.revisions IS NOT NULL
			RETURN key, r, startNode(r) = n AS outgoing, labels(startNode(r)) AS startLabels, other
			ORDER BY key, type(r), coalesce(other.name, other.key)""";

	private final Neo4jClient neo4j;

	NodeRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The nodes with these keys, by key; unknown keys are absent. */
	public Map<String, GraphNode> findByKeys(Collection<String> keys) {
		return this.neo4j.query(NODES_BY_KEY)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), GraphNode.of(row.get("n").asNode())))
			.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap((e) -> (String) e.getKey(), (e) -> (GraphNode) e.getValue(),
					(a, b) -> a));
	}

	/** The relations of each of these nodes, by key. */
	public Map<String, List<Relation>> relationsOf(Collection<String> keys, Collection<LinkKind> kinds, String asOf,
			boolean includeDubious) {
		Map<String, List<Relation>> byKey = new java.util.HashMap<>();
		this.neo4j.query(RELATIONS)
			.bindAll(Map.of("keys", List.copyOf(keys), "types", LinkKind.typesOf(kinds), "includeDubious",
					includeDubious))
			.bind(asOf)
			.to("asOf")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), relation(row.get("r"), row)))
			.all()
			.stream()
			// ROUTE and BUILT_BY belong to a kind by their start node: the type filter
			// lets both through.
			.filter((e) -> kinds == null || kinds.isEmpty() || kinds.contains(((Relation) e.getValue()).kind()))
			.forEach((e) -> byKey.computeIfAbsent((String) e.getKey(), (k) -> new java.util.ArrayList<>())
				.add((Relation) e.getValue()));
		return byKey;
	}

	private static Relation relation(Value value, org.neo4j.driver.Record row) {
		var relationship = value.asRelationship();
		Map<String, Object> properties = relationship.asMap();
		String startType = NodeTypes.typeOf(row.get("startLabels").asList(Value::asString));
		LinkKind kind = LinkKind.of(relationship.type(), startType);
		return new Relation((String) properties.getOrDefault("key", relationship.elementId()), relationship.type(),
				kind, row.get("outgoing").asBoolean() ? "OUTGOING" : "INCOMING",
				GraphNode.of(row.get("other").asNode()), Relation.propertiesOf(properties),
				Boolean.TRUE.equals(properties.get("current")), Provenance.of(properties));
	}

}
