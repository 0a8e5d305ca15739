package tm.relations.web.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic Persisted Queries as Apollo clients send them, over POST and GET, against the
 * running service. Every test uses a query text of its own (a unique alias), so the
 * shared store holds nothing it registered before.
 */
class PersistedQueriesTests extends GraphApiTestSupport {

	@Test
	void roundTripOverPost() {
		String query = uniqueQuery();
		String hash = Sha256.hex(query);

		JsonNode unknown = post(body(null, hash));
		assertThat(unknown.has("data")).isFalse();
		assertThat(unknown.at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");
		assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

		JsonNode registered = post(body(query, hash));
		assertThat(registered.has("errors")).isFalse();
		assertThat(registered.at("/data/japan/iso3").asString()).isEqualTo("JPN");

		JsonNode byHash = post(body(null, hash));
		assertThat(byHash).isEqualTo(registered);
	}

	@Test
	void roundTripOverGetAsApolloSendsIt() {
		String query = uniqueQuery();
		String hash = Sha256.hex(query);
		String extensions = extensions(hash);

		EntityExchangeResult<String> unknown = get(Map.of("extensions", extensions)).exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectHeader()
			.doesNotExist(HttpHeaders.ETAG)
			.expectBody(String.class)
			.returnResult();
		assertThat(json(unknown.getResponseBody()).at("/errors/0/extensions/code").asString())
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");

		EntityExchangeResult<String> registered = get(Map.of("query", query, "extensions", extensions)).exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		assertThat(json(registered.getResponseBody()).at("/data/japan/iso3").asString()).isEqualTo("JPN");

		EntityExchangeResult<String> byHash = get(Map.of("extensions", extensions)).exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		assertThat(json(byHash.getResponseBody())).isEqualTo(json(registered.getResponseBody()));
		// The text and its hash name the same query: one tag, so caches revalidate
		// either.
		String tag = byHash.getResponseHeaders().getETag();
		assertThat(tag).isNotNull().isEqualTo(registered.getResponseHeaders().getETag());
		get(Map.of("extensions", extensions)).header(HttpHeaders.IF_NONE_MATCH, tag)
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@Test
	void aHashThatIsNotTheTextsIsRefusedAndNothingIsStored() {
		String query = uniqueQuery();
		String wrong = Sha256.hex(query + " ");
		JsonNode refused = post(body(query, wrong));
		assertThat(refused.has("data")).isFalse();
		assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(refused.at("/errors/0/message").asString()).contains("is not the SHA-256 of the query text");
		assertThat(post(body(null, wrong)).at("/errors/0/extensions/code").asString())
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(post(body(null, Sha256.hex(query))).at("/errors/0/extensions/code").asString())
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aMalformedPersistedQueryExtensionIsRefused() {
		Map<String, Object> body = Map.of("query", uniqueQuery(), "extensions",
				Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "abc")));
		assertThat(post(body).at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_INVALID");
	}

	@Test
	void theExampleQueriesAreRegisteredAheadOfTime() {
		ExampleQuery example = ExampleQuery.load("q01-country.graphql");
		Map<String, Object> body = new LinkedHashMap<>(body(null, Sha256.hex(example.document())));
		body.put("variables", example.variables());
		JsonNode answer = post(body);
		assertThat(answer.at("/errors/0/extensions/code").isMissingNode()).isTrue();
		assertThat(answer.at("/data/country/iso3").asString()).isEqualTo("JPN");
	}

	private static String uniqueQuery() {
		return "{ japan: node(id: \"Country:japan\") { ... on Country { iso3 } } t"
				+ UUID.randomUUID().toString().replace("-", "") + ": __typename }";
	}

	private static Map<String, Object> body(String query, String hash) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		return body;
	}

	private static String extensions(String hash) {
		return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
	}

	private WebTestClient.RequestHeadersSpec<?> get(Map<String, String> params) {
		return this.http.get().uri((builder) -> {
			builder.path("/graphql");
			params.keySet().forEach((name) -> builder.queryParam(name, "{" + name + "}"));
			return builder.build(params);
		}).accept(MediaType.APPLICATION_JSON);
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
