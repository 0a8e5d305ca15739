package tm.relations.organisation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;
import tm.relations.web.Pagination;
import tm.relations.web.Pagination.Connection;
import tm.relations.web.Pagination.PageRequest;

/**
 * {@code organisations}, {@code organisation}, the fields of {@code Organisation} and the
 * membership fields of {@code Country}. Per-node fields are batch-loaded: one statement
 * per field and set of arguments.
 */
@Controller
class OrganisationController {

	private final OrganisationRepository organisations;

	OrganisationController(OrganisationRepository organisations, BatchLoaderRegistry batchLoaders) {
		this.organisations = organisations;
		NodeBatches.register(batchLoaders, "members", organisations::membersOf);
		NodeBatches.register(batchLoaders, "memberships", organisations::membershipsOf);
		NodeBatches.register(batchLoaders, "sharedMemberships", organisations::sharedMembershipsOf);
		NodeBatches.register(batchLoaders, "missionsInAshgabat", organisations::missionsInAshgabatOf);
	}

	@QueryMapping
	Connection<GraphNode> organisations(@Argument String orgKind, @Argument Integer first, @Argument String after,
			@Argument Revision asOf) {
		PageRequest page = Pagination.request(first, after);
		OrganisationRepository.OrganisationPage found = this.organisations.organisations(
				(orgKind != null && !orgKind.isBlank()) ? orgKind.strip() : null, page.offset(), page.first(), asOf);
		return Pagination.connection(page, found.nodes(), found.totalCount());
	}

	@QueryMapping
	GraphNode organisation(@Argument String name) {
		return (name == null || name.isBlank()) ? null : this.organisations.findByName(name);
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<List<Membership>> members(GraphNode organisation, @Argument Revision asOf,
			@Argument Boolean includeDubious, DataLoader<NodeBatches.Key<FactFilter>, List<Membership>> members) {
		return members.load(new NodeBatches.Key<>(organisation.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<List<GraphNode>> missionsInAshgabat(GraphNode organisation, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<GraphNode>> missionsInAshgabat) {
		return missionsInAshgabat.load(new NodeBatches.Key<>(organisation.key(), FactFilter.of(asOf, includeDubious)));
	}

	@BatchMapping(typeName = "Organisation")
	Map<GraphNode, List<PartOf>> partOf(List<GraphNode> organisations) {
		return NodeBatches.many(organisations, this.organisations::partOf);
	}

	@BatchMapping(typeName = "Organisation")
	Map<GraphNode, List<PartOf>> parts(List<GraphNode> organisations) {
		return NodeBatches.many(organisations, this.organisations::partsOf);
	}

	@SchemaMapping(typeName = "Country")
	CompletableFuture<List<Membership>> memberships(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious, DataLoader<NodeBatches.Key<FactFilter>, List<Membership>> memberships) {
		return memberships.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Country")
	CompletableFuture<List<SharedMembership>> sharedMemberships(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<SharedMembership>> sharedMemberships) {
		return sharedMemberships.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

}
