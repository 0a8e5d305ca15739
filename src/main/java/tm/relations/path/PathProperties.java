package tm.relations.path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the path queries, so that no request can ask the database for an unbounded
 * search.
 *
 * @param maxHops the largest {@code maxHops} a request may ask for (and the default)
 * @param maxResults the largest {@code first} a request may ask for (and the default),
 * and the most shortest paths returned
 * @param maxSteps how many partial paths the enumeration of {@code paths} may extend
 * before it gives up with a BAD_REQUEST error
 * @param maxNeighbourhood how many nodes the neighbourhood that {@code paths} searches
 * may hold; a larger one is a BAD_REQUEST error, found before it is read
 */
@ConfigurationProperties("graph.paths")
public record PathProperties(@DefaultValue("6") int maxHops, @DefaultValue("50") int maxResults,
		@DefaultValue("2000000") int maxSteps, @DefaultValue("20000") int maxNeighbourhood) {

	public PathProperties {
		if (maxHops < 1 || maxResults < 1 || maxSteps < 1 || maxNeighbourhood < 1) {
			throw new IllegalArgumentException(
					"graph.paths.max-hops, max-results, max-steps and max-neighbourhood must be at least 1");
		}
	}

}
