package tm.relations.web.http;

import graphql.ErrorClassification;

/**
 * The errors of persisted queries and of the allow-list mode, found in
 * {@code extensions.classification} and (as Apollo clients read it)
 * {@code extensions.code}.
 */
enum PersistedQueryErrorType implements ErrorClassification {

	/**
	 * The hash is not known (never registered, or pushed out of the bounded store): send
	 * it again with the text. The message is {@code PersistedQueryNotFound}, which is
	 * what Apollo clients look for.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/** Persisted queries are switched off ({@code graph.persisted-queries.enabled}). */
	PERSISTED_QUERY_NOT_SUPPORTED,

	/**
	 * {@code extensions.persistedQuery} is malformed: not version 1, or no SHA-256 hash.
	 */
	PERSISTED_QUERY_INVALID,

	/** The text sent with a hash does not have that SHA-256 hash. */
	PERSISTED_QUERY_HASH_MISMATCH,

	/** Allow-list mode: the document is not one of the registered ones. */
	QUERY_NOT_ALLOWED

}
