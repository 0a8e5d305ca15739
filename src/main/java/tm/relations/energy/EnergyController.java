package tm.relations.energy;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import tm.relations.energy.EnergyRepository.PartnerPage;
import tm.relations.node.EntityPage;
import tm.relations.node.GraphNode;
import tm.relations.revision.Revision;
import tm.relations.web.NormalizedSelection;
import tm.relations.web.NotFoundException;
import tm.relations.web.Pagination;
import tm.relations.web.Pagination.Connection;
import tm.relations.web.Pagination.PageRequest;

/**
 * {@code energyPartners} (the whole list, or a page of it as a connection),
 * {@code pipelines} and {@code pipeline}. The fields of pipelines ({@code route},
 * {@code statusHistory}) are served by the railway feature's route controller, which
 * batch-loads them for pipelines, railways and corridors alike; for the partners'
 * pipelines the partners' statement reads them and primes its loaders.
 */
@Controller
class EnergyController {

	private final EnergyRepository energy;

	EnergyController(EnergyRepository energy) {
		this.energy = energy;
	}

	@QueryMapping
	List<EnergyPartner> energyPartners(@Argument String of, @Argument Revision asOf, @Argument Boolean includeDubious,
			DataFetchingEnvironment environment) {
		return partners(of, asOf, includeDubious, 0, null, environment, "").partners();
	}

	@QueryMapping
	Connection<EnergyPartner> energyPartnersConnection(@Argument String of, @Argument Revision asOf,
			@Argument Boolean includeDubious, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		PageRequest page = Pagination.request(first, after);
		PartnerPage found = partners(of, asOf, includeDubious, page.offset(), page.first(), environment, "edges/node/");
		return Pagination.connection(page, found.partners(), found.total());
	}

	/**
	 * The partners of the country named {@code of}; Turkmenistan, the schema's default,
	 * when {@code of} is an explicit null (which the schema's default does not replace).
	 * The routes and statuses the request asks of their pipelines ({@code path}: where
	 * the partners are below the field) are read with them.
	 */
	private PartnerPage partners(String of, Revision asOf, Boolean includeDubious, int offset, Integer first,
			DataFetchingEnvironment environment, String path) {
		String country = (of != null) ? of : "Turkmenistan";
		PipelineFields pipelines = PipelineFields.asked(NormalizedSelection.of(environment), path);
		PartnerPage found = this.energy.energyPartners(country, Revision.codeOf(asOf),
				Boolean.TRUE.equals(includeDubious), offset, first, pipelines, environment.getDataLoaderRegistry());
		if (found == null) {
			throw new NotFoundException("No country named '" + country
					+ "': give a country's name, alias, ISO alpha-3 code, key or global id (e.g. 'Turkmenistan', 'TKM', 'Country:turkmenistan').");
		}
		return found;
	}

	@QueryMapping
	List<GraphNode> pipelines(@Argument Revision asOf) {
		return this.energy.pipelines(Revision.codeOf(asOf));
	}

	@QueryMapping
	Connection<GraphNode> pipelinesConnection(@Argument Revision asOf, @Argument Integer first,
			@Argument String after) {
		PageRequest page = Pagination.request(first, after);
		EntityPage found = this.energy.pipelines(Revision.codeOf(asOf), page.offset(), page.first());
		return Pagination.connection(page, found.nodes(), found.totalCount());
	}

	@QueryMapping
	GraphNode pipeline(@Argument String name) {
		return this.energy.pipeline(name);
	}

}
