package tm.relations.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own caches publish Micrometer's cache meters on
 * {@code /actuator/metrics}: a document sent twice is a miss and then a hit of the parsed
 * documents, and of the normalised operations when its variables are the same.
 */
class CacheMetricsTests extends GraphApiTestSupport {

	@Test
	void countsADocumentSentTwiceAsAMissAndAHit() {
		// A text no other test sends, so that its first sending is a miss.
		String document = "query ($name: String!) { country(name: $name) { name } } # " + UUID.randomUUID();
		Map<String, Object> body = Map.of("query", document, "variables", Map.of("name", "Japan"));
		double documentHits = gets("graphql.documents", "hit");
		double documentMisses = gets("graphql.documents", "miss");
		double operationHits = gets("graphql.operations", "hit");
		post(body);
		assertThat(gets("graphql.documents", "miss")).isGreaterThanOrEqualTo(documentMisses + 1);
		post(body);
		assertThat(gets("graphql.documents", "hit")).isGreaterThanOrEqualTo(documentHits + 1);
		assertThat(gets("graphql.operations", "hit")).isGreaterThanOrEqualTo(operationHits + 1);
		assertThat(metric("cache.size", "graphql.documents")).isPositive();
		assertThat(metric("cache.weight", "graphql.documents")).isGreaterThanOrEqualTo(document.length());
	}

	@Test
	void publishesThePersistedQueryStore() {
		assertThat(metric("cache.size", "graphql.persisted-queries")).isNotNegative();
		assertThat(metric("cache.puts", "graphql.persisted-queries")).isNotNegative();
	}

	private double gets(String cache, String result) {
		return value("/actuator/metrics/cache.gets?tag=cache:" + cache + "&tag=result:" + result);
	}

	private double metric(String name, String cache) {
		return value("/actuator/metrics/" + name + "?tag=cache:" + cache);
	}

	private double value(String uri) {
		return getJson(uri).get("measurements").get(0).get("value").asDouble();
	}

}
