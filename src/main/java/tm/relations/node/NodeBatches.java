package tm.relations.node;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.execution.BatchLoaderRegistry;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Batch loading of a per-node field that takes arguments ({@code asOf},
 * {@code direction}, ...), which {@code @BatchMapping} cannot: the batch key is the
 * node's key plus the field's arguments, and a batch runs one statement per distinct set
 * of arguments, whatever the number of nodes. A nested query over many countries so costs
 * one Cypher statement per field and level.
 */
public final class NodeBatches {

	/**
	 * Where the loaders run: each on a virtual thread of its own, so that the loaders
	 * graphql-java dispatches together (the fields of one level) run their statements at
	 * the same time rather than one after the other. Before, a nested country cost the
	 * sum of its eight first-level statements; now about the longest of them.
	 */
	private static final Scheduler LOADERS = Schedulers.fromExecutor(Executors.newVirtualThreadPerTaskExecutor());

	private NodeBatches() {
	}

	/**
	 * Registers a data loader under {@code name}; a controller's
	 * {@code DataLoader<NodeBatches.Key<A>, List<V>>} parameter of the same name receives
	 * it.
	 * @param <A> the field's arguments (a record)
	 * @param <V> one item of the field's list
	 * @param registry the request's batch loader registry
	 * @param name the loader's name, unique in the application
	 * @param loader loads the items of many nodes for one set of arguments
	 */
	public static <A, V> void register(BatchLoaderRegistry registry, String name, Loader<A, V> loader) {
		registry.<Key<A>, List<V>>forName(name)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromSupplier(() -> load(keys, loader)).subscribeOn(LOADERS));
	}

	/**
	 * Registers a data loader of one value per node key under {@code name}, for values
	 * that serve several fields of a type (a controller's {@code DataLoader<String, V>}
	 * parameter of the same name receives it). Runs on the same virtual threads as
	 * {@link #register}.
	 * @param <V> the value of one node
	 * @param registry the request's batch loader registry
	 * @param name the loader's name, unique in the application
	 * @param loader loads the values of many nodes by key (nodes without a value absent)
	 */
	public static <V> void registerByKey(BatchLoaderRegistry registry, String name,
			Function<List<String>, Map<String, V>> loader) {
		registry.<String, V>forName(name)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> loader.apply(List.copyOf(keys)))
				.subscribeOn(LOADERS));
	}

	/**
	 * For a {@code @BatchMapping} of a single-valued field: loads the value of every
	 * source node by key, in one call of {@code loader}.
	 * @param <V> the field's value
	 * @param sources the nodes the field is asked of
	 * @param loader loads values by node key (nodes without a value absent)
	 * @return the values by source node; sources without a value absent (null)
	 */
	public static <V> Map<GraphNode, V> one(List<GraphNode> sources, Function<List<String>, Map<String, V>> loader) {
		Map<String, V> found = loader.apply(sources.stream().map(GraphNode::key).distinct().toList());
		Map<GraphNode, V> result = new LinkedHashMap<>();
		sources.forEach((source) -> {
			V value = found.get(source.key());
			if (value != null) {
				result.put(source, value);
			}
		});
		return result;
	}

	/**
	 * For a {@code @BatchMapping} of a list field: loads the items of every source node
	 * by key, in one call of {@code loader}.
	 * @param <V> one item
	 * @param sources the nodes the field is asked of
	 * @param loader loads items by node key (nodes without items may be absent)
	 * @return the items by source node, empty lists for nodes without items
	 */
	public static <V> Map<GraphNode, List<V>> many(List<GraphNode> sources,
			Function<List<String>, Map<String, List<V>>> loader) {
		Map<String, List<V>> found = loader.apply(sources.stream().map(GraphNode::key).distinct().toList());
		Map<GraphNode, List<V>> result = new LinkedHashMap<>();
		sources.forEach((source) -> result.put(source, found.getOrDefault(source.key(), List.of())));
		return result;
	}

	private static <A, V> Map<Key<A>, List<V>> load(Set<Key<A>> keys, Loader<A, V> loader) {
		Map<A, List<Key<A>>> byArguments = keys.stream()
			.collect(Collectors.groupingBy(Key::arguments, LinkedHashMap::new, Collectors.toList()));
		Map<Key<A>, List<V>> result = new HashMap<>();
		byArguments.forEach((arguments, group) -> {
			Map<String, List<V>> found = loader.load(group.stream().map(Key::nodeKey).distinct().toList(), arguments);
			group.forEach((key) -> result.put(key, found.getOrDefault(key.nodeKey(), List.of())));
		});
		return result;
	}

	/**
	 * The batch key: a node and the field's arguments.
	 *
	 * @param <A> the arguments' type
	 * @param nodeKey the node's key ({@code id} of an entity, {@code key} of a fact node)
	 * @param arguments the field's arguments
	 */
	public record Key<A>(String nodeKey, A arguments) {
	}

	/**
	 * Loads the items of many nodes for one set of arguments, in one statement.
	 *
	 * @param <A> the arguments' type
	 * @param <V> one item
	 */
	@FunctionalInterface
	public interface Loader<A, V> {

		/**
		 * The items of each node, by node key; nodes without items may be absent.
		 * @param nodeKeys the nodes' keys, distinct
		 * @param arguments the field's arguments
		 * @return items by node key
		 */
		Map<String, List<V>> load(List<String> nodeKeys, A arguments);

	}

}
