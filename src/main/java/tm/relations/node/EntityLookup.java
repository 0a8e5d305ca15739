package tm.relations.node;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entities of one kind, and one entity of a kind by its key, global id, name or
 * alias: the lookups the feature entry points ({@code pipeline(name:)}, {@code railways},
 * ...) share. The label always comes from the calling code ({@link NodeTypes}), never
 * from a request.
 */
@Repository
@Transactional(readOnly = true)
public class EntityLookup {

	/** The entities of a kind mentioned by {@code $asOf} (all when null), by name. */
	static final String ALL_OF_KIND = """
			MATCH (n:Entity)
			WHERE $label IN labels(n) AND ($asOf IS NULL OR $asOf IN coalesce(n.revisions, []))
			RETURN n
			ORDER BY n.name""";

	/**
	 * An entity of a kind by key, global id, name or alias, case-insensitive; a key or
	 * name match before an alias match.
	 */
	static final String ONE_BY_NAME = """
			WITH toLower(trim($name)) AS wanted
			MATCH (n:Entity)
			WHERE $label IN labels(n)
			  AND (toLower(n.id) = wanted OR toLower($label + ':' + n.id) = wanted OR toLower(n.name) = wanted
			       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted))
			RETURN n
			ORDER BY CASE WHEN toLower(n.name) = wanted OR toLower(n.id) = wanted THEN 0 ELSE 1 END, n.name
			LIMIT 1""";

	private final Neo4jClient neo4j;

	EntityLookup(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Every entity with this label mentioned by the revision (every one when {@code asOf}
	 * is null).
	 */
	public List<GraphNode> all(String label, String asOf) {
		return nodes(ALL_OF_KIND, parameters("label", label, "asOf", asOf));
	}

	/** The entity with this label named so, or null. */
	public GraphNode named(String label, String name) {
		return nodes(ONE_BY_NAME, parameters("label", label, "name", name)).stream().findFirst().orElse(null);
	}

	private List<GraphNode> nodes(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> GraphNode.of(row.get("n").asNode()))
			.all());
	}

	private static Map<String, Object> parameters(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put(k1, v1);
		parameters.put(k2, v2);
		return parameters;
	}

}
