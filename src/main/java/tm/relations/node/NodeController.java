package tm.relations.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;
import tm.relations.revision.Revision;

/**
 * {@code node}, {@code nodes} and the {@code relations} of every entity. Relations are
 * batch-loaded: one Cypher statement per distinct set of arguments per request, however
 * many entities ask.
 */
@Controller
class NodeController {

	private final NodeRepository nodes;

	NodeController(NodeRepository nodes, BatchLoaderRegistry batchLoaders) {
		this.nodes = nodes;
		batchLoaders.<RelationsKey, List<Relation>>forName("relations")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> loadRelations(keys)));
	}

	@QueryMapping
	GraphNode node(@Argument String id) {
		NodeId parsed = NodeId.parse(id);
		if (parsed == null || NodeTypes.labelOf(parsed.type()) == null) {
			return null;
		}
		GraphNode found = this.nodes.findByKeys(List.of(parsed.key())).get(parsed.key());
		return (found != null && found.type().equals(parsed.type())) ? found : null;
	}

	@QueryMapping
	List<GraphNode> nodes(@Argument List<String> ids) {
		List<NodeId> parsed = ids.stream().map(NodeId::parse).toList();
		Map<String, GraphNode> found = this.nodes.findByKeys(
				parsed.stream().filter(java.util.Objects::nonNull).map(NodeId::key).collect(Collectors.toSet()));
		List<GraphNode> result = new ArrayList<>(ids.size());
		for (NodeId id : parsed) {
			GraphNode node = (id != null) ? found.get(id.key()) : null;
			result.add((node != null && node.type().equals(id.type())) ? node : null);
		}
		return result;
	}

	@SchemaMapping(typeName = "Entity")
	CompletableFuture<List<Relation>> relations(GraphNode entity, @Argument List<LinkKind> kinds,
			@Argument Revision asOf, @Argument Boolean includeDubious,
			DataLoader<RelationsKey, List<Relation>> relations) {
		return relations.load(new RelationsKey(entity.key(), kinds, asOf, Boolean.TRUE.equals(includeDubious)));
	}

	private Map<RelationsKey, List<Relation>> loadRelations(Set<RelationsKey> keys) {
		Map<RelationsKey.RelationsArguments, List<RelationsKey>> byArguments = keys.stream()
			.collect(Collectors.groupingBy(RelationsKey::arguments, LinkedHashMap::new, Collectors.toList()));
		Map<RelationsKey, List<Relation>> result = new HashMap<>();
		byArguments.forEach((arguments, group) -> {
			Collection<String> nodeKeys = group.stream().map(RelationsKey::nodeKey).toList();
			Map<String, List<Relation>> found = this.nodes.relationsOf(nodeKeys, arguments.kinds(),
					Revision.codeOf(arguments.asOf()), arguments.includeDubious());
			group.forEach((key) -> result.put(key, found.getOrDefault(key.nodeKey(), List.of())));
		});
		return result;
	}

}
