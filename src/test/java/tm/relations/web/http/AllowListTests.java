package tm.relations.web.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import tm.relations.ExampleQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allow-list mode, in the application context of {@link AllowListContext}.
 */
class AllowListTests extends AllowListContext {

	private static final ExampleQuery EXAMPLE = ExampleQuery.load("q01-country.graphql");

	@Test
	void runsARegisteredExampleByItsText() {
		JsonNode answer = post(request(EXAMPLE.document(), null));
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/country/iso3").asString()).isEqualTo("JPN");
	}

	@Test
	void runsARegisteredExampleByItsHashOverGet() {
		String answer = this.http.get()
			.uri((builder) -> builder.path("/graphql")
				.queryParam("extensions", "{extensions}")
				.queryParam("variables", "{variables}")
				.build(Map.of("extensions",
						"{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + Sha256.hex(EXAMPLE.document())
								+ "\"}}",
						"variables", JsonMapper.shared().writeValueAsString(EXAMPLE.variables()))))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(JsonMapper.shared().readTree(answer).at("/data/country/iso3").asString()).isEqualTo("JPN");
	}

	@Test
	void runsARegisteredExampleWrittenWithoutItsComments() {
		String withoutComments = String.join(" ",
				EXAMPLE.document().lines().filter((line) -> !line.strip().startsWith("#")).toList());
		assertThat(withoutComments).isNotEqualTo(EXAMPLE.document());
		assertThat(post(request(withoutComments, null)).at("/data/country/iso3").asString()).isEqualTo("JPN");
	}

	@Test
	void runsADocumentOfTheConfiguredFolder() {
		JsonNode answer = post(Map.of("query", GRAPH_VERSION));
		assertThat(answer.at("/data/graph/version").asString()).isNotEmpty();
		JsonNode byHash = post(Map.of("extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", Sha256.hex(GRAPH_VERSION)))));
		assertThat(byHash).isEqualTo(answer);
	}

	@Test
	void refusesAnAdHocQuery() {
		JsonNode refused = post(request("{ graph { scripts { name } } }", null));
		assertThat(refused.has("data")).isFalse();
		assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_NOT_ALLOWED");
		assertThat(refused.at("/errors/0/message").asString()).contains("allow-list mode");
		this.http.get()
			.uri((builder) -> builder.path("/graphql")
				.queryParam("query", "{query}")
				.build(Map.of("query", "{ graph { scripts { name } } }")))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("QUERY_NOT_ALLOWED");
	}

	@Test
	void doesNotLetClientsRegisterQueriesOfTheirOwn() {
		String query = "{ graph { scripts { name } } }";
		String hash = Sha256.hex(query);
		assertThat(post(request(query, hash)).at("/errors/0/extensions/code").asString())
			.isEqualTo("QUERY_NOT_ALLOWED");
		assertThat(post(request(null, hash)).at("/errors/0/extensions/code").asString())
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	private static Map<String, Object> request(String query, String hash) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
			body.put("variables", EXAMPLE.variables());
		}
		if (hash != null) {
			body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		}
		return body;
	}

}
