package tm.relations.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.types.Relationship;

import tm.relations.node.GraphNode;
import tm.relations.web.BadRequestException;

/**
 * Enumerates the paths of a neighbourhood fetched by {@link PathRepository}: every path
 * from start to end of at most {@code maxHops} hops that visits no node twice, shortest
 * first, until {@code first} are found. Within a length, the order is that of a
 * depth-first walk from the start taking each node's relationships by type, then the name
 * of the node they lead to, then key: the same paths in the same order whichever endpoint
 * the neighbourhood was found from. An instance serves one search between two nodes.
 * <p>
 * Why not {@code SHORTEST k ACYCLIC PATHS} in the database: when fewer than {@code k}
 * paths exist, the database has to enumerate every acyclic path from the start, which
 * around a hub such as Turkmenistan (over 200 facts) runs into millions within six hops
 * and beyond the transaction timeout (measured: Uzbekistan to the Soviet Union, all
 * kinds). Here each step is pruned by the node's distance to the end, so only partial
 * paths that can still reach the end in the hops left are extended; iterative deepening
 * gives shortest-first order.
 */
final class PathEnumerator {

	/** Node types a path never passes through (it may end at one). */
	private static final Set<String> IMPASSABLE = Set.of("Placeholder", "StatusStatement", "NameStatement",
			"Statistic");

	private final Map<String, GraphNode> nodes;

	private final Map<String, List<Step>> steps = new HashMap<>();

	private final String from;

	private final String to;

	/** Each node's distance to the end, found by {@link #distancesTo}. */
	private final Map<String, Integer> toEnd;

	private final int maxSteps;

	private int taken;

	/**
	 * A search from {@code from} to {@code to} (element ids) over the neighbourhood's
	 * nodes and relationships.
	 */
	PathEnumerator(Map<String, GraphNode> nodes, List<Relationship> relationships, String from, String to,
			int maxSteps) {
		this.nodes = nodes;
		this.from = from;
		this.to = to;
		this.maxSteps = maxSteps;
		for (Relationship relationship : relationships) {
			GraphNode start = nodes.get(relationship.startNodeElementId());
			GraphNode end = nodes.get(relationship.endNodeElementId());
			PathEdge edge = PathEdge.of(relationship, start, end);
			this.steps.computeIfAbsent(relationship.startNodeElementId(), (k) -> new ArrayList<>())
				.add(new Step(edge, relationship.endNodeElementId()));
			this.steps.computeIfAbsent(relationship.endNodeElementId(), (k) -> new ArrayList<>())
				.add(new Step(edge, relationship.startNodeElementId()));
		}
		Comparator<Step> order = Comparator.comparing((Step step) -> step.edge().type())
			.thenComparing((step) -> nodes.get(step.to()).name())
			.thenComparing((step) -> step.edge().key());
		this.steps.values().forEach((list) -> list.sort(order));
		this.toEnd = distancesTo();
	}

	/**
	 * Up to {@code first} paths of at most {@code maxHops} hops, shortest first.
	 * @throws BadRequestException when the search would extend more than the configured
	 * number of partial paths
	 */
	List<GraphPath> paths(int maxHops, int first) {
		List<GraphPath> found = new ArrayList<>();
		if (!this.toEnd.containsKey(this.from)) {
			return found;
		}
		for (int length = Math.max(1, this.toEnd.get(this.from)); length <= maxHops && found.size() < first; length++) {
			LinkedHashSet<String> visited = new LinkedHashSet<>();
			visited.add(this.from);
			extend(this.from, length, visited, new ArrayList<>(), found, first);
		}
		return found;
	}

	private void extend(String at, int hopsLeft, LinkedHashSet<String> visited, List<PathEdge> edges,
			List<GraphPath> found, int first) {
		if (hopsLeft == 0) {
			if (at.equals(this.to)) {
				found.add(new GraphPath(visited.stream().map(this.nodes::get).toList(), edges));
			}
			return;
		}
		for (Step step : this.steps.getOrDefault(at, List.of())) {
			if (found.size() >= first) {
				return;
			}
			String next = step.to();
			Integer distance = this.toEnd.get(next);
			boolean arrives = next.equals(this.to);
			if (visited.contains(next) || distance == null || distance > hopsLeft - 1 || (arrives && hopsLeft > 1)
					|| (!arrives && !passable(next))) {
				continue;
			}
			if (++this.taken > this.maxSteps) {
				throw new BadRequestException(
						"Too many paths to search: lower maxHops, or restrict kinds or types, or ask for shortestPaths.");
			}
			visited.add(next);
			edges.add(step.edge());
			extend(next, hopsLeft - 1, visited, edges, found, first);
			edges.remove(edges.size() - 1);
			visited.remove(next);
		}
	}

	/**
	 * Each node's distance in hops to the end over the neighbourhood's relationships,
	 * found breadth-first from the end without passing through the start or a node a path
	 * cannot pass through: what the rest of a path needs at least, so the walk prunes
	 * every partial path that could not reach the end in the hops it has left. (A path's
	 * nodes all lie in the neighbourhood, so a way through it is as short as any.)
	 */
	private Map<String, Integer> distancesTo() {
		Map<String, Integer> distances = new HashMap<>();
		distances.put(this.to, 0);
		ArrayDeque<String> queue = new ArrayDeque<>(List.of(this.to));
		while (!queue.isEmpty()) {
			String at = queue.poll();
			if (!at.equals(this.to) && (at.equals(this.from) || !passable(at))) {
				continue;
			}
			for (Step step : this.steps.getOrDefault(at, List.of())) {
				if (distances.putIfAbsent(step.to(), distances.get(at) + 1) == null) {
					queue.add(step.to());
				}
			}
		}
		return distances;
	}

	/** Whether a path may pass through the node (it may always end at one). */
	private boolean passable(String node) {
		return !IMPASSABLE.contains(this.nodes.get(node).type());
	}

	/** A relationship followed from a node, and the node it leads to. */
	private record Step(PathEdge edge, String to) {
	}

}
