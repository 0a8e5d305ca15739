package tm.relations.treaty;

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
 * The {@code Treaty} type and the {@code agreements} of countries. A treaty is a fact
 * node served as a {@link GraphNode} (its stored {@code date}, {@code subject} and
 * {@code outcome} through {@code NodeWiring}'s stored-property fetcher); its parties and
 * subjects are batch-loaded per level.
 */
@Controller
class TreatyController {

	private final TreatyRepository treaties;

	TreatyController(TreatyRepository treaties, BatchLoaderRegistry batchLoaders) {
		this.treaties = treaties;
		NodeBatches.register(batchLoaders, "agreements", treaties::agreementsOf);
	}

	@SchemaMapping(typeName = "Country", field = "agreements")
	CompletableFuture<List<GraphNode>> agreements(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious, DataLoader<NodeBatches.Key<FactFilter>, List<GraphNode>> agreements) {
		return agreements.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Treaty")
	TreatyKind treatyKind(GraphNode treaty) {
		return TreatyKind.of(treaty.properties().get("treatyKind"));
	}

	@BatchMapping(typeName = "Treaty")
	Map<GraphNode, List<TreatyParty>> parties(List<GraphNode> treaties) {
		return NodeBatches.many(treaties, this.treaties::partiesOf);
	}

	@BatchMapping(typeName = "Treaty")
	Map<GraphNode, List<GraphNode>> concerns(List<GraphNode> treaties) {
		return NodeBatches.many(treaties, this.treaties::concernsOf);
	}

}
