package tm.relations.path;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import tm.relations.GraphApiTestSupport;
import tm.relations.node.LinkKind;
import tm.relations.web.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bounds of {@code paths} that a request cannot raise ({@code graph.paths.*}, and the
 * type sets of {@code graph.limits.max-statement-shapes}), on the real graph with limits
 * lowered to meet them: the service's own {@link PathRepository} built with other
 * {@link PathProperties}, so that no second application context is needed.
 */
class PathLimitsTests extends GraphApiTestSupport {

	private static final LinkFilter DIPLOMATIC = LinkFilter.of(List.of(LinkKind.DIPLOMATIC), List.of());

	@Autowired
	private Neo4jClient neo4j;

	@Test
	void aNeighbourhoodOverTheLimitIsABadRequestAndOneWithinItIsSearched() {
		PathResult found = repository(6, 2_000_000, 20_000).paths("Japan", "Georgia", DIPLOMATIC, 3, null, 50);
		assertThat(found.paths()).as("the default limit leaves this search alone").isNotEmpty();

		assertThatThrownBy(() -> repository(6, 2_000_000, 2).paths("Japan", "Georgia", DIPLOMATIC, 3, null, 50))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("Too many paths to search")
			.hasMessageContaining("'Japan' and 'Georgia'")
			.hasMessageContaining("more than 2 nodes (those within 2 hops of one of them)");
	}

	@Test
	void anEnumerationOverTheStepLimitIsABadRequest() {
		PathResult found = repository(6, 2_000_000, 20_000).paths("Japan", "Georgia", DIPLOMATIC, 3, null, 50);
		int steps = found.paths().stream().mapToInt((path) -> path.edges().size()).sum();
		assertThat(steps).as("a search of several steps").isGreaterThan(1);

		assertThatThrownBy(() -> repository(6, 1, 20_000).paths("Japan", "Georgia", DIPLOMATIC, 3, null, 50))
			.isInstanceOf(BadRequestException.class)
			.hasMessageStartingWith("Too many paths to search: lower maxHops");
	}

	@Test
	void pastTheBoundOfTypeSetsThePatternNamesEveryType() {
		PathRepository repository = new PathRepository(null, new PathProperties(6, 50, 2_000_000, 20_000), 2);
		LinkFilter rail = LinkFilter.of(List.of(LinkKind.RAIL), List.of());
		LinkFilter energy = LinkFilter.of(List.of(LinkKind.ENERGY), List.of());
		String every = LinkFilter.of(List.of(), List.of()).typeExpression();
		assertThat(repository.withTypes("[:TYPES]", DIPLOMATIC)).isEqualTo("[:" + DIPLOMATIC.typeExpression() + "]");
		assertThat(repository.withTypes("[:TYPES]", rail)).isEqualTo("[:" + rail.typeExpression() + "]");
		assertThat(repository.withTypes("[:TYPES]", energy)).as("a third set").isEqualTo("[:" + every + "]");
		assertThat(repository.withTypes("[:TYPES]", DIPLOMATIC)).as("a set already written")
			.isEqualTo("[:" + DIPLOMATIC.typeExpression() + "]");
	}

	@Test
	void statementsNamingEveryTypeFindTheSamePaths() {
		// Past the bound the $types condition alone keeps the types asked for.
		PathRepository named = repository(6, 2_000_000, 20_000);
		PathRepository every = new PathRepository(this.neo4j, new PathProperties(6, 50, 2_000_000, 20_000), 0);
		List<LinkFilter> filters = List.of(DIPLOMATIC, LinkFilter.of(List.of(LinkKind.RAIL), List.of()),
				LinkFilter.of(List.of(LinkKind.ENERGY), List.of()),
				LinkFilter.of(List.of(), List.of("PIPELINE_LINK", "MEMBER_OF")));
		List<List<String>> pairs = List.of(List.of("Turkmenistan", "India"), List.of("Turkmenistan", "Tajikistan"),
				List.of("Japan", "Georgia"), List.of("Afghanistan", "China"));
		int found = 0;
		for (LinkFilter filter : filters) {
			for (List<String> pair : pairs) {
				PathResult paths = named.paths(pair.get(0), pair.get(1), filter, 4, null, 50);
				assertThat(every.paths(pair.get(0), pair.get(1), filter, 4, null, 50)).as("paths %s %s", pair, filter)
					.isEqualTo(paths);
				PathResult shortest = named.shortestPaths(pair.get(0), pair.get(1), filter, 5, null, 50);
				assertThat(every.shortestPaths(pair.get(0), pair.get(1), filter, 5, null, 50).paths())
					.as("shortest %s %s", pair, filter)
					.containsExactlyElementsOf(shortest.paths());
				found += paths.paths().size() + shortest.paths().size();
			}
		}
		assertThat(found).as("paths compared").isGreaterThan(10);
	}

	private PathRepository repository(int maxHops, int maxSteps, int maxNeighbourhood) {
		return new PathRepository(this.neo4j, new PathProperties(maxHops, 50, maxSteps, maxNeighbourhood), 32);
	}

}
