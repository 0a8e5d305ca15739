package tm.relations.path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;

/**
 * Paths shaped for drawing: the paths, and the union of their nodes and edges, each once.
 *
 * @param paths the paths, shortest first
 */
public record PathResult(List<GraphPath> paths) {

	public PathResult {
		paths = List.copyOf(paths);
	}

	/** Every node of the paths, once each, in order of first appearance. */
	public List<GraphNode> nodes() {
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		this.paths.forEach((path) -> path.nodes().forEach((node) -> nodes.putIfAbsent(node.id(), node)));
		return List.copyOf(nodes.values());
	}

	/** Every edge of the paths, once each, in order of first appearance. */
	public List<PathEdge> edges() {
		Map<String, PathEdge> edges = new LinkedHashMap<>();
		this.paths.forEach((path) -> path.edges().forEach((edge) -> edges.putIfAbsent(edge.id(), edge)));
		return List.copyOf(edges.values());
	}

}
