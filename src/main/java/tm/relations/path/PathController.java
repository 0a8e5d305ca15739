package tm.relations.path;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.LinkKind;
import tm.relations.revision.Revision;
import tm.relations.web.BadRequestException;

/**
 * {@code shortestPaths} and {@code paths}: checks the limits ({@code graph.paths.*}),
 * turns kinds and types into a {@link LinkFilter} and answers with nodes and edges to
 * draw.
 */
@Controller
class PathController {

	private final PathRepository paths;

	private final PathProperties limits;

	PathController(PathRepository paths, PathProperties limits) {
		this.paths = paths;
		this.limits = limits;
	}

	@QueryMapping
	PathResult shortestPaths(@Argument String from, @Argument String to, @Argument List<LinkKind> kinds,
			@Argument List<String> types, @Argument Integer maxHops, @Argument Revision asOf) {
		return this.paths.shortestPaths(from, to, LinkFilter.of(kinds, types), hops(maxHops), Revision.codeOf(asOf),
				this.limits.maxResults());
	}

	@QueryMapping
	PathResult paths(@Argument String from, @Argument String to, @Argument List<LinkKind> kinds,
			@Argument List<String> types, @Argument Integer maxHops, @Argument Integer first, @Argument Revision asOf) {
		int results = (first != null) ? first : this.limits.maxResults();
		if (results < 1 || results > this.limits.maxResults()) {
			throw new BadRequestException("Argument 'first' must be between 1 and " + this.limits.maxResults()
					+ " (graph.paths.max-results), but was " + results + ".");
		}
		return this.paths.paths(from, to, LinkFilter.of(kinds, types), hops(maxHops), Revision.codeOf(asOf), results);
	}

	private int hops(Integer maxHops) {
		int hops = (maxHops != null) ? maxHops : this.limits.maxHops();
		if (hops < 1 || hops > this.limits.maxHops()) {
			throw new BadRequestException("Argument 'maxHops' must be between 1 and " + this.limits.maxHops()
					+ " (graph.paths.max-hops), but was " + hops + ".");
		}
		return hops;
	}

}
