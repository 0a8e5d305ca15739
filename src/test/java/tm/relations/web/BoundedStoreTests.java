package tm.relations.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store under both bounds, least recently used first, and the cache meters it
 * publishes.
 */
class BoundedStoreTests {

	@Test
	void dropsTheLeastRecentlyUsedWhenEitherBoundIsPassed() {
		BoundedStore<String, String> store = new BoundedStore<>(2, 100);
		store.put("a", "A", 10);
		store.put("b", "B", 10);
		assertThat(store.get("a")).isEqualTo("A");
		store.put("c", "C", 10);
		assertThat(store.get("b")).isNull();
		assertThat(store.entries()).isEqualTo(2);
		store.put("d", "D", 85);
		assertThat(store.get("a")).as("the least recently used, over the weight").isNull();
		assertThat(store.get("c")).isEqualTo("C");
		assertThat(store.get("d")).isEqualTo("D");
		assertThat(store.weight()).isEqualTo(95);
		store.put("huge", "H", 101);
		assertThat(store.get("huge")).isNull();
		assertThat(store.get("d")).isEqualTo("D");
	}

	@Test
	void replacingAnEntryCountsItsWeightOnce() {
		BoundedStore<String, String> store = new BoundedStore<>(10, 100);
		store.put("a", "A", 40);
		store.put("a", "A2", 50);
		assertThat(store.weight()).isEqualTo(50);
		assertThat(store.entries()).isEqualTo(1);
		store.clear();
		assertThat(store.weight()).isZero();
		assertThat(store.get("a")).isNull();
	}

	@Test
	void publishesItsHitsMissesPutsEvictionsSizeAndWeight() {
		BoundedStore<String, String> store = new BoundedStore<>(2, 100);
		MeterRegistry registry = new SimpleMeterRegistry();
		store.metrics("test.store").bindTo(registry);
		store.put("a", "A", 10);
		store.put("b", "B", 20);
		store.put("c", "C", 30);
		store.get("a");
		store.get("b");
		store.get("c");
		store.get("c");
		store.put("big", "X", 1_000);
		assertThat(gets(registry, "hit")).isEqualTo(3);
		assertThat(gets(registry, "miss")).isEqualTo(1);
		assertThat(registry.get("cache.puts").tag("cache", "test.store").functionCounter().count()).isEqualTo(3);
		assertThat(registry.get("cache.evictions").tag("cache", "test.store").functionCounter().count()).isEqualTo(1);
		assertThat(registry.get("cache.size").tag("cache", "test.store").gauge().value()).isEqualTo(2);
		assertThat(registry.get("cache.weight").tag("cache", "test.store").gauge().value()).isEqualTo(50);
	}

	private static double gets(MeterRegistry registry, String result) {
		return registry.get("cache.gets").tag("cache", "test.store").tag("result", result).functionCounter().count();
	}

}
