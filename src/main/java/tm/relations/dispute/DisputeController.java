package tm.relations.dispute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;

/**
 * The {@code Dispute} type and the {@code disputes} of countries. A dispute is a fact
 * node served as a {@link GraphNode}; its parties, statuses, positions and treaties are
 * batch-loaded per level.
 */
@Controller
class DisputeController {

	private final DisputeRepository disputes;

	DisputeController(DisputeRepository disputes, BatchLoaderRegistry batchLoaders) {
		this.disputes = disputes;
		NodeBatches.register(batchLoaders, "disputes", disputes::disputesOf);
	}

	@SchemaMapping(typeName = "Country", field = "disputes")
	CompletableFuture<List<GraphNode>> disputes(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious, DataLoader<NodeBatches.Key<FactFilter>, List<GraphNode>> disputes) {
		return disputes.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Dispute")
	DisputeKind disputeKind(GraphNode dispute) {
		return DisputeKind.of(dispute.properties().get("disputeKind"));
	}

	@SchemaMapping(typeName = "Dispute")
	String topic(GraphNode dispute) {
		return (String) dispute.properties().getOrDefault("topic", dispute.key());
	}

	@BatchMapping(typeName = "Dispute")
	Map<GraphNode, List<DisputeParty>> parties(List<GraphNode> disputes) {
		return NodeBatches.many(disputes, this.disputes::partiesOf);
	}

	@BatchMapping(typeName = "Dispute")
	Map<GraphNode, List<GraphNode>> statusHistory(List<GraphNode> disputes) {
		return NodeBatches.many(disputes, this.disputes::statusesOf);
	}

	/** The status the newest revision that speaks of the dispute's status states. */
	@BatchMapping(typeName = "Dispute")
	Map<GraphNode, GraphNode> status(List<GraphNode> disputes) {
		return NodeBatches.one(disputes, (keys) -> {
			Map<String, GraphNode> newest = new LinkedHashMap<>();
			this.disputes.statusesOf(keys)
				.forEach((key, statuses) -> newest.put(key, DisputeRepository.newestStatus(statuses)));
			return newest;
		});
	}

	@BatchMapping(typeName = "Dispute")
	Map<GraphNode, List<DisputePosition>> positions(List<GraphNode> disputes) {
		return NodeBatches.many(disputes, this.disputes::positionsOf);
	}

	@BatchMapping(typeName = "Dispute")
	Map<GraphNode, List<GraphNode>> treaties(List<GraphNode> disputes) {
		return NodeBatches.many(disputes, this.disputes::treatiesOf);
	}

}
