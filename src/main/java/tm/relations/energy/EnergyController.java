package tm.relations.energy;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.revision.Revision;
import tm.relations.web.NotFoundException;

/**
 * {@code energyPartners}, {@code pipelines} and {@code pipeline}. The fields of pipelines
 * ({@code route}, {@code statusHistory}) are served by the railway feature's route
 * controller, which batch-loads them for pipelines, railways and corridors alike.
 */
@Controller
class EnergyController {

	private final EnergyRepository energy;

	EnergyController(EnergyRepository energy) {
		this.energy = energy;
	}

	@QueryMapping
	List<EnergyPartner> energyPartners(@Argument String of, @Argument Revision asOf, @Argument Boolean includeDubious) {
		List<EnergyPartner> partners = this.energy.energyPartners(of, Revision.codeOf(asOf),
				Boolean.TRUE.equals(includeDubious));
		if (partners == null) {
			throw new NotFoundException("No country named '" + of
					+ "': give a country's name, alias, ISO alpha-3 code, key or global id (e.g. 'Turkmenistan', 'TKM', 'Country:turkmenistan').");
		}
		return partners;
	}

	@QueryMapping
	List<GraphNode> pipelines(@Argument Revision asOf) {
		return this.energy.pipelines(Revision.codeOf(asOf));
	}

	@QueryMapping
	GraphNode pipeline(@Argument String name) {
		return this.energy.pipeline(name);
	}

}
