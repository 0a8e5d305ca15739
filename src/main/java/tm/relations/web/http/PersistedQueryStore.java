package tm.relations.web.http;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.binder.MeterBinder;

import tm.relations.web.BoundedStore;

/**
 * The documents clients registered through Automatic Persisted Queries, by SHA-256 hash,
 * bounded both by count and by total bytes (the hash and the UTF-8 text of each): the
 * least recently used go first when either bound is passed. Only documents whose hash was
 * checked are put here, so one client cannot plant a wrong text under another's hash; the
 * worst a client can do is push others' entries out, and they are registered again on
 * their next miss.
 */
final class PersistedQueryStore {

	private final BoundedStore<String, String> documents;

	PersistedQueryStore(int maxEntries, long maxBytes) {
		this.documents = new BoundedStore<>(maxEntries, maxBytes);
	}

	/** The document of this hash, or {@code null}; counts as a use. */
	String get(String hash) {
		return this.documents.get(hash);
	}

	/**
	 * Keeps a document under its hash (the caller checked that it is the document's
	 * SHA-256). A document larger than the whole store is not kept.
	 */
	void put(String hash, String document) {
		this.documents.put(hash, document, hash.length() + (long) document.getBytes(StandardCharsets.UTF_8).length);
	}

	/** How many documents are kept. */
	int size() {
		return this.documents.entries();
	}

	/** The bytes counted against {@code max-bytes}. */
	long bytes() {
		return this.documents.weight();
	}

	/** The store's cache meters, {@code cache=graphql.persisted-queries}. */
	MeterBinder metrics() {
		return this.documents.metrics("graphql.persisted-queries");
	}

}
