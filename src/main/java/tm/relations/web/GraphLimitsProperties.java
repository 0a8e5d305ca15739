package tm.relations.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits that keep one request from tying up the service. A request over any of them
 * is refused before anything reaches Neo4j (over {@code maxAnswerValues}, as soon as the
 * answer being built passes it), with a GraphQL error whose
 * {@code extensions.classification} is {@code QUERY_TOO_COMPLEX} (or
 * {@code REQUEST_TOO_LARGE} for the body size). The defaults leave every example query of
 * {@code graphql/examples/} several times below each limit. The time limit of each Neo4j
 * transaction is {@code spring.transaction.default-timeout}.
 *
 * @param maxDepth deepest nesting of fields in an operation; fragments and inline
 * fragments add no level
 * @param maxCost the largest estimated number of values a request may resolve: each field
 * costs 1, and the fields below a list count once per expected item, which is the
 * requested {@code first} (or its default) for paged fields, the requested {@code limit}
 * of a bounded part of a list, the length of a list argument such as {@code nodes(ids:)},
 * and {@code assumedListSize} for other lists
 * @param assumedListSize expected length of a list without a page size, for the cost
 * @param maxAnswerValues the most values an answer may hold, counted while it is built
 * (every field of every object and every list item, as graphql-java counts result nodes):
 * the estimated cost cannot know how long the unpaged lists of the graph are
 * (Turkmenistan alone has over 200 relations where the estimate assumes
 * {@code assumedListSize}), so this bounds what the request really builds; over it the
 * answer is refused with no data
 * @param maxStatementShapes how many statement texts built from requests each kind may
 * have: sets of a country's parts (relation, missions, companies ...) with a statement of
 * their own in {@code country(name:)} and {@code counterparts}, and sets of relationship
 * types named in path patterns. Past it a request reads every part, or names every type,
 * in a statement planned once, so that requests cannot make Neo4j plan a new statement
 * each
 * @param maxAliases most aliased fields in a request
 * @param maxFields most field selections in a request, counting a fragment's fields each
 * time it is spread
 * @param maxTokens most lexical tokens in the query document (graphql-java's parser stops
 * beyond it); bounds the cost of parsing and validating
 * @param maxBodySize largest HTTP request body accepted on the GraphQL endpoint; larger
 * ones get status 413
 * @param requestTimeout longest time a request may take as a whole (several transactions,
 * each bounded by {@code spring.transaction.default-timeout}); then it is answered with a
 * {@code TIMEOUT} error. Keep it below {@code spring.mvc.async.request-timeout}, after
 * which the servlet container would answer 503 instead
 */
@ConfigurationProperties("graph.limits")
public record GraphLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("20000") long maxCost,
		@DefaultValue("5") int assumedListSize, @DefaultValue("250000") int maxAnswerValues,
		@DefaultValue("32") int maxStatementShapes, @DefaultValue("30") int maxAliases,
		@DefaultValue("500") int maxFields, @DefaultValue("5000") int maxTokens,
		@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("20s") Duration requestTimeout) {
}
