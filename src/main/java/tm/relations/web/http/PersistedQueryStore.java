package tm.relations.web.http;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents clients registered through Automatic Persisted Queries, by SHA-256 hash,
 * bounded both by count and by total bytes: the least recently used go first when either
 * bound is passed. Only documents whose hash was checked are put here, so one client
 * cannot plant a wrong text under another's hash; the worst a client can do is push
 * others' entries out, and they are registered again on their next miss.
 */
final class PersistedQueryStore {

	private final int maxEntries;

	private final long maxBytes;

	private final LinkedHashMap<String, String> documents = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	PersistedQueryStore(int maxEntries, long maxBytes) {
		this.maxEntries = Math.max(0, maxEntries);
		this.maxBytes = Math.max(0, maxBytes);
	}

	/** The document of this hash, or {@code null}; counts as a use. */
	synchronized String get(String hash) {
		return this.documents.get(hash);
	}

	/**
	 * Keeps a document under its hash (the caller checked that it is the document's
	 * SHA-256). A document larger than the whole store is not kept.
	 */
	synchronized void put(String hash, String document) {
		long size = sizeOf(hash, document);
		if (this.maxEntries == 0 || size > this.maxBytes) {
			return;
		}
		String previous = this.documents.put(hash, document);
		if (previous != null) {
			this.bytes -= sizeOf(hash, previous);
		}
		this.bytes += size;
		Iterator<Map.Entry<String, String>> eldest = this.documents.entrySet().iterator();
		while ((this.documents.size() > this.maxEntries || this.bytes > this.maxBytes) && eldest.hasNext()) {
			Map.Entry<String, String> entry = eldest.next();
			this.bytes -= sizeOf(entry.getKey(), entry.getValue());
			eldest.remove();
		}
	}

	/** How many documents are kept. */
	synchronized int size() {
		return this.documents.size();
	}

	/** The bytes counted against {@code max-bytes}. */
	synchronized long bytes() {
		return this.bytes;
	}

	private static long sizeOf(String hash, String document) {
		return hash.length() + (long) document.getBytes(StandardCharsets.UTF_8).length;
	}

}
