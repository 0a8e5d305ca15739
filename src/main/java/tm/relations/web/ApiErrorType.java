package tm.relations.web;

import graphql.ErrorClassification;

/**
 * The classifications this service adds to Spring for GraphQL's {@code ErrorType}
 * ({@code BAD_REQUEST}, {@code NOT_FOUND}, {@code INTERNAL_ERROR} ...). Clients find them
 * in {@code extensions.classification}; the names are stable.
 */
public enum ApiErrorType implements ErrorClassification {

	/**
	 * The request exceeds a {@code graph.limits.*} limit (depth, cost, aliases, fields).
	 */
	QUERY_TOO_COMPLEX,

	/** The HTTP request body exceeds {@code graph.limits.max-body-size}. */
	REQUEST_TOO_LARGE,

	/** Neo4j cannot be reached just now; retrying later may succeed. */
	SERVICE_UNAVAILABLE,

	/**
	 * The query ran longer than the transaction timeout and Neo4j stopped it; a narrower
	 * query may succeed.
	 */
	TIMEOUT

}
