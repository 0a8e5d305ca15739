package tm.relations.railway;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.railway.LineLoaders.AllStatuses;
import tm.relations.railway.LineLoaders.RouteArguments;
import tm.relations.revision.Revision;

/**
 * {@code route} and {@code statusHistory} of pipelines, railways and corridors. Both are
 * batch-loaded through one named data loader each, shared by the three types: however
 * many lines of whatever type a request asks about, each field costs one statement per
 * level (per distinct {@code asOf} for routes).
 */
@Controller
class RouteController {

	RouteController(RouteRepository routes, BatchLoaderRegistry batchLoaders) {
		NodeBatches.<RouteArguments, RouteStop>register(batchLoaders, LineLoaders.ROUTES,
				(keys, arguments) -> routes.routes(keys, Revision.codeOf(arguments.asOf())));
		NodeBatches.<AllStatuses, GraphNode>register(batchLoaders, LineLoaders.STATUS_HISTORY,
				(keys, arguments) -> routes.statusHistory(keys));
	}

	@SchemaMapping(typeName = "Pipeline", field = "route")
	CompletableFuture<List<RouteStop>> pipelineRoute(GraphNode pipeline, @Argument Revision asOf,
			DataLoader<NodeBatches.Key<RouteArguments>, List<RouteStop>> lineRoutes) {
		return lineRoutes.load(new NodeBatches.Key<>(pipeline.key(), new RouteArguments(asOf)));
	}

	@SchemaMapping(typeName = "Railway", field = "route")
	CompletableFuture<List<RouteStop>> railwayRoute(GraphNode railway, @Argument Revision asOf,
			DataLoader<NodeBatches.Key<RouteArguments>, List<RouteStop>> lineRoutes) {
		return lineRoutes.load(new NodeBatches.Key<>(railway.key(), new RouteArguments(asOf)));
	}

	@SchemaMapping(typeName = "Corridor", field = "route")
	CompletableFuture<List<RouteStop>> corridorRoute(GraphNode corridor, @Argument Revision asOf,
			DataLoader<NodeBatches.Key<RouteArguments>, List<RouteStop>> lineRoutes) {
		return lineRoutes.load(new NodeBatches.Key<>(corridor.key(), new RouteArguments(asOf)));
	}

	@SchemaMapping(typeName = "Pipeline", field = "statusHistory")
	CompletableFuture<List<GraphNode>> pipelineStatusHistory(GraphNode pipeline,
			DataLoader<NodeBatches.Key<AllStatuses>, List<GraphNode>> lineStatusHistory) {
		return lineStatusHistory.load(new NodeBatches.Key<>(pipeline.key(), AllStatuses.INSTANCE));
	}

	@SchemaMapping(typeName = "Railway", field = "statusHistory")
	CompletableFuture<List<GraphNode>> railwayStatusHistory(GraphNode railway,
			DataLoader<NodeBatches.Key<AllStatuses>, List<GraphNode>> lineStatusHistory) {
		return lineStatusHistory.load(new NodeBatches.Key<>(railway.key(), AllStatuses.INSTANCE));
	}

	@SchemaMapping(typeName = "Corridor", field = "statusHistory")
	CompletableFuture<List<GraphNode>> corridorStatusHistory(GraphNode corridor,
			DataLoader<NodeBatches.Key<AllStatuses>, List<GraphNode>> lineStatusHistory) {
		return lineStatusHistory.load(new NodeBatches.Key<>(corridor.key(), AllStatuses.INSTANCE));
	}

}
