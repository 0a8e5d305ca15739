package tm.relations.path;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Relationship;

import tm.relations.node.GraphNode;
import tm.relations.node.LinkKind;
import tm.relations.node.Relation;
import tm.relations.node.Relation.Property;
import tm.relations.provenance.Provenance;

/**
 * One fact of a path: a relationship, with its direction as stored.
 *
 * @param key the fact's key
 * @param source global id of the node the relationship starts at
 * @param target global id of the node it ends at
 * @param type the relationship type
 * @param kind its link kind
 * @param properties its own properties
 * @param current whether the newest revision states it
 * @param evidence its provenance
 */
public record PathEdge(String key, String source, String target, String type, LinkKind kind, List<Property> properties,
		boolean current, List<Provenance> evidence) {

	public String id() {
		return "Relation:" + this.key;
	}

	/** Maps a relationship between two nodes already mapped. */
	static PathEdge of(Relationship relationship, GraphNode start, GraphNode end) {
		Map<String, Object> stored = relationship.asMap();
		return new PathEdge((String) stored.getOrDefault("key", relationship.elementId()), start.id(), end.id(),
				relationship.type(), LinkKind.of(relationship.type(), start.type()), Relation.propertiesOf(stored),
				Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
