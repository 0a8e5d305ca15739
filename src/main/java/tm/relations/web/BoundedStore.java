package tm.relations.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;

/**
 * A map bounded both by entry count and by the total weight of its entries (each cache
 * says what a weight counts: characters of a document, fields of an operation, bytes of
 * an answer): the least recently used entries go first when either bound is passed, and
 * an entry larger than the whole store is not kept. It counts its hits, misses, puts and
 * evictions, which {@link #metrics(String)} publishes as Micrometer's cache meters
 * ({@code cache.gets}, {@code cache.puts}, {@code cache.evictions}, {@code cache.size}).
 * <p>
 * Our own rather than Caffeine: Caffeine bounds either the count or a weight, not both,
 * and chooses what to evict by frequency as well as recency; the caches built on this one
 * are documented, configured and tested as least-recently-used under two bounds.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BoundedStore<K, V> {

	private final int maxEntries;

	private final long maxWeight;

	private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long weight;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final LongAdder puts = new LongAdder();

	private final LongAdder evictions = new LongAdder();

	public BoundedStore(int maxEntries, long maxWeight) {
		this.maxEntries = Math.max(0, maxEntries);
		this.maxWeight = Math.max(0, maxWeight);
	}

	/**
	 * The value of this key, or {@code null}; counts as a use, and as a hit or a miss.
	 */
	public synchronized V get(K key) {
		Entry<V> entry = this.entries.get(key);
		(entry != null ? this.hits : this.misses).increment();
		return (entry != null) ? entry.value() : null;
	}

	/** Keeps a value of the given weight, dropping the least recently used as needed. */
	public synchronized void put(K key, V value, long weight) {
		if (this.maxEntries == 0 || weight > this.maxWeight) {
			return;
		}
		this.puts.increment();
		Entry<V> previous = this.entries.put(key, new Entry<>(value, weight));
		if (previous != null) {
			this.weight -= previous.weight();
		}
		this.weight += weight;
		Iterator<Map.Entry<K, Entry<V>>> eldest = this.entries.entrySet().iterator();
		while ((this.entries.size() > this.maxEntries || this.weight > this.maxWeight) && eldest.hasNext()) {
			this.weight -= eldest.next().getValue().weight();
			eldest.remove();
			this.evictions.increment();
		}
	}

	public synchronized void clear() {
		this.entries.clear();
		this.weight = 0;
	}

	/** How many entries are kept. */
	public synchronized int entries() {
		return this.entries.size();
	}

	/** The sum of the weights of the kept entries. */
	public synchronized long weight() {
		return this.weight;
	}

	/** How many lookups found their key, since the start. */
	public long hits() {
		return this.hits.sum();
	}

	/** How many lookups did not find their key, since the start. */
	public long misses() {
		return this.misses.sum();
	}

	/**
	 * The store's meters, tagged {@code cache=<name>}: bind them to a registry (Spring
	 * Boot binds every {@code MeterBinder} bean to its registry). {@code cache.size} is
	 * the number of entries; {@code cache.weight} the sum of their weights.
	 */
	public MeterBinder metrics(String name) {
		return new CacheMeterBinder<>(this, name, Tags.empty()) {

			@Override
			protected Long size() {
				return (long) entries();
			}

			@Override
			protected long hitCount() {
				return hits();
			}

			@Override
			protected Long missCount() {
				return misses();
			}

			@Override
			protected Long evictionCount() {
				return BoundedStore.this.evictions.sum();
			}

			@Override
			protected long putCount() {
				return BoundedStore.this.puts.sum();
			}

			@Override
			protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
				registry.gauge("cache.weight", getTagsWithCacheName(), BoundedStore.this, BoundedStore::weight);
			}

		};
	}

	private record Entry<V>(V value, long weight) {
	}

}
