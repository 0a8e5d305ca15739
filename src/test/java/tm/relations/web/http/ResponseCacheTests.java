package tm.relations.web.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import tm.relations.loading.CypherScript;
import tm.relations.loading.CypherScriptRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional response cache, in the application context of {@link AllowListContext}
 * (where it is on). The registered {@code { graph { version } }} shows which graph an
 * answer was computed from, which is what the cache must never get wrong.
 */
class ResponseCacheTests extends AllowListContext {

	@Autowired
	private ResponseCache cache;

	@Autowired
	private GraphVersionTracker versions;

	@Autowired
	private MeterRegistry meters;

	@Test
	void answersARepeatedRequestFromTheCache() {
		JsonNode first = post(Map.of("query", GRAPH_VERSION));
		long hits = this.cache.hits();
		JsonNode second = post(Map.of("query", GRAPH_VERSION));
		assertThat(this.cache.hits()).isEqualTo(hits + 1);
		assertThat(second).isEqualTo(first);
		assertThat(this.meters.get("cache.gets")
			.tags("cache", "graphql.responses", "result", "hit")
			.functionCounter()
			.count()).isEqualTo(this.cache.hits());
	}

	@Test
	void neverKeepsAnswersWithErrors() {
		post(Map.of("query", "{ graph { scripts { name } } }"));
		long hits = this.cache.hits();
		JsonNode again = post(Map.of("query", "{ graph { scripts { name } } }"));
		assertThat(again.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_NOT_ALLOWED");
		assertThat(this.cache.hits()).isEqualTo(hits);
	}

	/**
	 * Changes the graph version for real (one more, empty, load script applied through
	 * the runner to this context's database, then the tracker reads the version again)
	 * and shows that the cached answer of the old graph is not served: the answer names
	 * the new version. The extra record is removed afterwards, and the answer follows
	 * back.
	 */
	@Test
	void neverServesAnAnswerOfAnOlderGraphVersion() {
		String before = this.versions.current();
		assertThat(version(post(Map.of("query", GRAPH_VERSION)))).isEqualTo(before);
		assertThat(version(post(Map.of("query", GRAPH_VERSION)))).isEqualTo(before);
		CypherScript extra = CypherScript.parse("V9991__Response_cache_test.cypher",
				"// test only: changes the recorded scripts\nRETURN 1;\n");
		try {
			new CypherScriptRunner(this.driver, SessionConfig.defaultConfig(), Duration.ofSeconds(30))
				.apply(List.of(extra));
			String after = this.versions.refresh();
			assertThat(after).isNotEqualTo(before);
			long hits = this.cache.hits();
			assertThat(version(post(Map.of("query", GRAPH_VERSION)))).isEqualTo(after);
			assertThat(this.cache.hits()).isEqualTo(hits);
			assertThat(version(post(Map.of("query", GRAPH_VERSION)))).isEqualTo(after);
			assertThat(this.cache.hits()).isEqualTo(hits + 1);
		}
		finally {
			try (Session session = this.driver.session()) {
				session.executeWriteWithoutResult((tx) -> tx
					.run("MATCH (m:__Neo4jMigration {name: $name}) DETACH DELETE m", Map.of("name", extra.name()))
					.consume());
			}
			this.versions.refresh();
		}
		assertThat(version(post(Map.of("query", GRAPH_VERSION)))).isEqualTo(before);
	}

	private static String version(JsonNode answer) {
		return answer.at("/data/graph/version").asString();
	}

}
