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
 * The bounds of {@code paths} that a request cannot raise ({@code graph.paths.*}), on the
 * real graph with limits lowered to meet them: the service's own {@link PathRepository}
 * built with other {@link PathProperties}, so that no second application context is
 * needed.
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

	private PathRepository repository(int maxHops, int maxSteps, int maxNeighbourhood) {
		return new PathRepository(this.neo4j, new PathProperties(maxHops, 50, maxSteps, maxNeighbourhood));
	}

}
