package tm.relations.path;

import java.util.List;

import tm.relations.node.GraphNode;

/**
 * One path (schema type {@code Path}): its nodes from start to end and the edges between
 * them; edge {@code i} joins nodes {@code i} and {@code i + 1}.
 *
 * @param nodes the nodes in order
 * @param edges the edges in order
 */
public record GraphPath(List<GraphNode> nodes, List<PathEdge> edges) {

	public GraphPath {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The number of hops. */
	public int length() {
		return this.edges.size();
	}

}
