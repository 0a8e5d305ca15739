package tm.relations.web.http;

import java.util.Locale;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The rules of Automatic Persisted Queries ({@code extensions.persistedQuery} with
 * {@code version: 1} and a {@code sha256Hash}) and of the allow-list mode, in one place
 * for the interceptor that enforces them and for the GET handler that needs to know which
 * document a request names.
 * <ul>
 * <li>hash only: the registered document or the stored one is run; unknown:
 * {@code PersistedQueryNotFound};</li>
 * <li>hash and text: the hash is checked against the text (refused when it differs), and
 * the text is stored once it ran without a request error;</li>
 * <li>allow-list mode: only registered documents run, by hash or by text; nothing is
 * stored.</li>
 * </ul>
 */
final class PersistedQueries {

	private final boolean enabled;

	private final boolean allowListOnly;

	private final RegisteredQueries registered;

	private final PersistedQueryStore store;

	PersistedQueries(boolean enabled, boolean allowListOnly, RegisteredQueries registered, PersistedQueryStore store) {
		this.enabled = enabled;
		this.allowListOnly = allowListOnly;
		this.registered = registered;
		this.store = store;
	}

	/**
	 * What a request runs.
	 * @param document the document text, {@code null} when the request has none
	 * @param extensions the request's extensions
	 * @return the document to run, or the error to answer with
	 */
	Outcome resolve(String document, Map<String, Object> extensions) {
		Object persisted = (extensions != null) ? extensions.get("persistedQuery") : null;
		if (persisted == null) {
			if (document != null && this.allowListOnly && !this.registered.contains(document)) {
				return Outcome.refused(notAllowed());
			}
			return Outcome.run(document, null, false);
		}
		if (!this.enabled) {
			if (document != null) {
				return Outcome.run(document, null, false);
			}
			return Outcome
				.refused(error(PersistedQueryErrorType.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported"));
		}
		String hash = hashOf(persisted);
		if (hash == null) {
			return Outcome.refused(error(PersistedQueryErrorType.PERSISTED_QUERY_INVALID,
					"Malformed extensions.persistedQuery: expected {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}."));
		}
		if (document == null) {
			String known = lookup(hash);
			return (known != null) ? Outcome.run(known, hash, false) : Outcome
				.refused(error(PersistedQueryErrorType.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
		}
		if (!Sha256.hex(document).equals(hash)) {
			return Outcome.refused(error(PersistedQueryErrorType.PERSISTED_QUERY_HASH_MISMATCH,
					"extensions.persistedQuery.sha256Hash " + hash
							+ " is not the SHA-256 of the query text sent with it: hash the exact UTF-8 text of 'query'."));
		}
		if (this.allowListOnly) {
			return this.registered.contains(document) ? Outcome.run(document, hash, false)
					: Outcome.refused(notAllowed());
		}
		return Outcome.run(document, hash, this.registered.byHash(hash) == null);
	}

	/**
	 * The document a request names, when it is known now (its text, or a known hash);
	 * looks nothing up for good and reports no errors.
	 */
	String peek(String document, Map<String, Object> extensions) {
		if (document != null) {
			return document;
		}
		Object persisted = (extensions != null) ? extensions.get("persistedQuery") : null;
		String hash = (persisted != null && this.enabled) ? hashOf(persisted) : null;
		return (hash != null) ? lookup(hash) : null;
	}

	/** Keeps a document that ran, under its checked hash. */
	void remember(String hash, String document) {
		this.store.put(hash, document);
	}

	/** The SHA-256 of {@code extensions.persistedQuery}, or {@code null} if malformed. */
	static String hashOf(Object persisted) {
		if (persisted instanceof Map<?, ?> map && map.get("version") instanceof Number version
				&& version.doubleValue() == 1 && Sha256.isHash(map.get("sha256Hash"))) {
			return ((String) map.get("sha256Hash")).toLowerCase(Locale.ROOT);
		}
		return null;
	}

	private String lookup(String hash) {
		String registeredDocument = this.registered.byHash(hash);
		if (registeredDocument != null || this.allowListOnly) {
			return registeredDocument;
		}
		return this.store.get(hash);
	}

	private static GraphQLError notAllowed() {
		return error(PersistedQueryErrorType.QUERY_NOT_ALLOWED,
				"This service runs only registered queries (allow-list mode): send one of the documents of "
						+ "graphql/examples/ or of the configured folder, by its text or its SHA-256 hash.");
	}

	private static GraphQLError error(PersistedQueryErrorType type, String message) {
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(type)
			.extensions(Map.of("code", type.name()))
			.build();
	}

	/** The store's cache meters, {@code cache=graphql.persisted-queries}. */
	MeterBinder metrics() {
		return this.store.metrics();
	}

	/**
	 * What to do with a request.
	 *
	 * @param document the document to run ({@code null} when the request has none and the
	 * engine reports it)
	 * @param hash its checked SHA-256, when the request named one
	 * @param store whether to store the document once it ran
	 * @param error the error to answer with instead of running anything
	 */
	record Outcome(String document, String hash, boolean store, GraphQLError error) {

		static Outcome run(String document, String hash, boolean store) {
			return new Outcome(document, hash, store, null);
		}

		static Outcome refused(GraphQLError error) {
			return new Outcome(null, null, false, error);
		}

	}

}
