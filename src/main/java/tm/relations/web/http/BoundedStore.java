package tm.relations.web.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map bounded both by entry count and by total size: the least recently used entries go
 * first when either bound is passed. An entry larger than the whole store is not kept.
 *
 * @param <V> the value type
 */
final class BoundedStore<V> {

	private final int maxEntries;

	private final long maxBytes;

	private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	BoundedStore(int maxEntries, long maxBytes) {
		this.maxEntries = Math.max(0, maxEntries);
		this.maxBytes = Math.max(0, maxBytes);
	}

	/** The value of this key, or {@code null}; counts as a use. */
	synchronized V get(String key) {
		Entry<V> entry = this.entries.get(key);
		return (entry != null) ? entry.value() : null;
	}

	/** Keeps a value of the given size, dropping the least recently used as needed. */
	synchronized void put(String key, V value, long size) {
		if (this.maxEntries == 0 || size > this.maxBytes) {
			return;
		}
		Entry<V> previous = this.entries.put(key, new Entry<>(value, size));
		if (previous != null) {
			this.bytes -= previous.size();
		}
		this.bytes += size;
		Iterator<Map.Entry<String, Entry<V>>> eldest = this.entries.entrySet().iterator();
		while ((this.entries.size() > this.maxEntries || this.bytes > this.maxBytes) && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().size();
			eldest.remove();
		}
	}

	synchronized void clear() {
		this.entries.clear();
		this.bytes = 0;
	}

	/** How many entries are kept. */
	synchronized int size() {
		return this.entries.size();
	}

	/** The sum of the sizes of the kept entries. */
	synchronized long bytes() {
		return this.bytes;
	}

	private record Entry<V>(V value, long size) {
	}

}
