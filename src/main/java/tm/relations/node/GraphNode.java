package tm.relations.node;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;

import tm.relations.provenance.Provenance;

/**
 * Any node of the graph as the API returns it: an entity (country, pipeline, ...) or a
 * fact node (mission, treaty, dispute, ...). Type-specific fields ({@code iso3},
 * {@code lengthKm}, {@code missionKind}) are served from {@link #properties()} by
 * {@link PropertyFallbackWiring}, so that one record serves every node type of the
 * schema.
 *
 * @param type the GraphQL type name, e.g. {@code Country}, {@code Mission}
 * @param key the key in the graph ({@code id} of entities, {@code key} of fact nodes)
 * @param name the name (entities) or a readable label (fact nodes)
 * @param aliases other names
 * @param current whether the newest revision states or mentions it
 * @param evidence its provenance
 * @param properties all stored properties
 */
public record GraphNode(String type, String key, String name, List<String> aliases, boolean current,
		List<Provenance> evidence, Map<String, Object> properties) {

	public GraphNode {
		aliases = List.copyOf(aliases);
		evidence = List.copyOf(evidence);
		properties = Map.copyOf(properties);
	}

	/** The global id, {@code Type:key}. */
	public String id() {
		return this.type + ":" + this.key;
	}

	/** The GraphQL kind enum value of an entity, e.g. {@code COUNTRY}. */
	public String kind() {
		return NodeTypes.kindOf(this.type);
	}

	/** Maps a node returned by the driver. */
	public static GraphNode of(Node node) {
		Map<String, Object> properties = node.asMap();
		String type = NodeTypes.typeOf(node.labels());
		String key = (String) properties.getOrDefault("id", properties.get("key"));
		String name = (String) properties.getOrDefault("name", properties.getOrDefault("value", key));
		@SuppressWarnings("unchecked")
		List<String> aliases = (List<String>) properties.getOrDefault("aliases", List.of());
		return new GraphNode(type, key, name, aliases, Boolean.TRUE.equals(properties.get("current")),
				Provenance.of(properties), withoutNulls(properties));
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
		Map<String, Object> copy = new java.util.HashMap<>(properties);
		copy.values().removeIf(java.util.Objects::isNull);
		return copy;
	}

}
