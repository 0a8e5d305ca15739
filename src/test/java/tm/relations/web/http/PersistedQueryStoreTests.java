package tm.relations.web.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersistedQueryStoreTests {

	@Test
	void keepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() {
		PersistedQueryStore store = new PersistedQueryStore(2, 1_000_000);
		store.put("a", "{ a }");
		store.put("b", "{ b }");
		assertThat(store.get("a")).isEqualTo("{ a }");
		store.put("c", "{ c }");
		assertThat(store.size()).isEqualTo(2);
		assertThat(store.get("b")).isNull();
		assertThat(store.get("a")).isEqualTo("{ a }");
		assertThat(store.get("c")).isEqualTo("{ c }");
	}

	@Test
	void keepsAtMostMaxBytes() {
		PersistedQueryStore store = new PersistedQueryStore(100, 30);
		store.put("a", "x".repeat(10));
		store.put("b", "y".repeat(10));
		assertThat(store.bytes()).isEqualTo(22);
		store.put("c", "z".repeat(10));
		assertThat(store.bytes()).isLessThanOrEqualTo(30);
		assertThat(store.get("a")).isNull();
		assertThat(store.get("c")).isNotNull();
	}

	@Test
	void neverKeepsADocumentLargerThanTheWholeStore() {
		PersistedQueryStore store = new PersistedQueryStore(100, 30);
		store.put("a", "x".repeat(10));
		store.put("big", "y".repeat(100));
		assertThat(store.get("big")).isNull();
		assertThat(store.get("a")).isNotNull();
	}

	@Test
	void countsAReplacedDocumentOnce() {
		PersistedQueryStore store = new PersistedQueryStore(100, 1000);
		store.put("a", "x".repeat(10));
		store.put("a", "x".repeat(10));
		assertThat(store.size()).isEqualTo(1);
		assertThat(store.bytes()).isEqualTo(11);
	}

}
