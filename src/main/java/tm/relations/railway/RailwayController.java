package tm.relations.railway;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.EntityPage;
import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.revision.Revision;
import tm.relations.web.Pagination;
import tm.relations.web.Pagination.Connection;
import tm.relations.web.Pagination.PageRequest;

/**
 * {@code railways}, {@code railway}, {@code corridors}, and the links of railways to
 * other lines and to corridors. {@code extends}, {@code extendedBy} and
 * {@code connectsTo} share one data loader, as do {@code Railway.corridors} and
 * {@code Corridor.railways}: one statement each per level of a request.
 */
@Controller
class RailwayController {

	private final RailwayRepository railways;

	RailwayController(RailwayRepository railways, BatchLoaderRegistry batchLoaders) {
		this.railways = railways;
		NodeBatches.<Links, RailwayLink>register(batchLoaders, "railwayLinks",
				(keys, arguments) -> railways.railwayLinks(keys));
		NodeBatches.<Links, CorridorLink>register(batchLoaders, "corridorLinks",
				(keys, arguments) -> railways.corridorLinks(keys));
	}

	@QueryMapping
	List<GraphNode> railways(@Argument Revision asOf) {
		return this.railways.railways(Revision.codeOf(asOf));
	}

	@QueryMapping
	Connection<GraphNode> railwaysConnection(@Argument Revision asOf, @Argument Integer first, @Argument String after) {
		PageRequest page = Pagination.request(first, after);
		EntityPage found = this.railways.railways(Revision.codeOf(asOf), page.offset(), page.first());
		return Pagination.connection(page, found.nodes(), found.totalCount());
	}

	@QueryMapping
	GraphNode railway(@Argument String name) {
		return this.railways.railway(name);
	}

	@QueryMapping
	List<GraphNode> corridors(@Argument Revision asOf) {
		return this.railways.corridors(Revision.codeOf(asOf));
	}

	@QueryMapping
	Connection<GraphNode> corridorsConnection(@Argument Revision asOf, @Argument Integer first,
			@Argument String after) {
		PageRequest page = Pagination.request(first, after);
		EntityPage found = this.railways.corridors(Revision.codeOf(asOf), page.offset(), page.first());
		return Pagination.connection(page, found.nodes(), found.totalCount());
	}

	@SchemaMapping(typeName = "Railway", field = "extends")
	CompletableFuture<List<RailwayLink>> extendsLines(GraphNode railway,
			DataLoader<NodeBatches.Key<Links>, List<RailwayLink>> railwayLinks) {
		return railwayLinks.load(new NodeBatches.Key<>(railway.key(), Links.ALL))
			.thenApply((links) -> links.stream().filter((l) -> l.type().equals("EXTENDS") && l.outgoing()).toList());
	}

	@SchemaMapping(typeName = "Railway", field = "extendedBy")
	CompletableFuture<List<RailwayLink>> extendedBy(GraphNode railway,
			DataLoader<NodeBatches.Key<Links>, List<RailwayLink>> railwayLinks) {
		return railwayLinks.load(new NodeBatches.Key<>(railway.key(), Links.ALL))
			.thenApply((links) -> links.stream().filter((l) -> l.type().equals("EXTENDS") && !l.outgoing()).toList());
	}

	@SchemaMapping(typeName = "Railway", field = "connectsTo")
	CompletableFuture<List<RailwayLink>> connectsTo(GraphNode railway,
			DataLoader<NodeBatches.Key<Links>, List<RailwayLink>> railwayLinks) {
		return railwayLinks.load(new NodeBatches.Key<>(railway.key(), Links.ALL))
			.thenApply((links) -> links.stream().filter((l) -> l.type().equals("CONNECTS_TO")).toList());
	}

	@SchemaMapping(typeName = "Railway", field = "corridors")
	CompletableFuture<List<CorridorLink>> corridorsOfRailway(GraphNode railway,
			DataLoader<NodeBatches.Key<Links>, List<CorridorLink>> corridorLinks) {
		return corridorLinks.load(new NodeBatches.Key<>(railway.key(), Links.ALL));
	}

	@SchemaMapping(typeName = "Corridor", field = "railways")
	CompletableFuture<List<CorridorLink>> railwaysOfCorridor(GraphNode corridor,
			DataLoader<NodeBatches.Key<Links>, List<CorridorLink>> corridorLinks) {
		return corridorLinks.load(new NodeBatches.Key<>(corridor.key(), Links.ALL));
	}

	/** The link fields take no arguments: one group for all lines. */
	enum Links {

		ALL

	}

}
