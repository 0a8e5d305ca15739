package tm.relations.company;

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
import tm.relations.web.NotFoundException;
import tm.relations.web.Pagination;
import tm.relations.web.Pagination.Connection;
import tm.relations.web.Pagination.PageRequest;

/**
 * {@code companies}, the company fields of {@code Country} and {@code Company}. Per-node
 * fields are batch-loaded: one statement per field and set of arguments.
 */
@Controller
class CompanyController {

	private final CompanyRepository companies;

	CompanyController(CompanyRepository companies, BatchLoaderRegistry batchLoaders) {
		this.companies = companies;
		NodeBatches.register(batchLoaders, "companiesOfCountry", companies::companiesOf);
		NodeBatches.register(batchLoaders, "headquarters", companies::headquartersOf);
		NodeBatches.register(batchLoaders, "activities", companies::activitiesOf);
	}

	@QueryMapping
	Connection<GraphNode> companies(@Argument String country, @Argument String sector, @Argument Integer first,
			@Argument String after, @Argument Revision asOf) {
		PageRequest page = Pagination.request(first, after);
		String wantedCountry = (country != null && !country.isBlank()) ? country : null;
		String wantedSector = (sector != null && !sector.isBlank()) ? sector.trim() : null;
		CompanyRepository.CompanyPage found = this.companies.companies(wantedCountry, wantedSector, page.offset(),
				page.first(), asOf);
		if (wantedCountry != null && found.home() == null) {
			throw new NotFoundException(
					"No country is named '" + country + "' (by name, alias, ISO alpha-3 code, key or global id).");
		}
		return Pagination.connection(page, found.nodes(), found.totalCount());
	}

	@SchemaMapping(typeName = "Country", field = "companies")
	CompletableFuture<List<Headquarters>> companiesOfCountry(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<Headquarters>> companiesOfCountry) {
		return companiesOfCountry.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Company")
	CompletableFuture<List<Headquarters>> headquarters(GraphNode company, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<Headquarters>> headquarters) {
		return headquarters.load(new NodeBatches.Key<>(company.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Company")
	CompletableFuture<List<CompanyActivity>> activities(GraphNode company, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<CompanyActivity>> activities) {
		return activities.load(new NodeBatches.Key<>(company.key(), FactFilter.of(asOf, includeDubious)));
	}

	/** The home country the newest revision states. */
	@BatchMapping(typeName = "Company")
	Map<GraphNode, GraphNode> homeCountry(List<GraphNode> companies) {
		return NodeBatches.one(companies, (keys) -> {
			Map<String, List<Headquarters>> homes = this.companies.headquartersOf(keys, FactFilter.DEFAULT);
			Map<String, GraphNode> newest = new java.util.LinkedHashMap<>();
			homes.forEach((key, list) -> newest.put(key, list.get(0).country()));
			return newest;
		});
	}

	@BatchMapping(typeName = "Company")
	Map<GraphNode, List<GraphNode>> airRoutes(List<GraphNode> companies) {
		return NodeBatches.many(companies, this.companies::airRoutesOf);
	}

}
