package tm.relations.web.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tm.relations.GraphApiTestSupport;
import tm.relations.loading.CypherScript;
import tm.relations.loading.CypherScriptRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries over GET and the HTTP caching headers, over real HTTP against the embedded
 * Neo4j with the real scripts.
 */
class HttpCachingTests extends GraphApiTestSupport {

	private static final String JAPAN = """
			query Japan($id: ID!) { node(id: $id) { id ... on Country { name iso3 } } }""";

	private static final Map<String, Object> JAPAN_VARIABLES = Map.of("id", "Country:japan");

	@Autowired
	private GraphVersionTracker versions;

	@Test
	void getAndPostGiveTheSameBody() {
		String viaGet = body(
				get(Map.of("query", JAPAN, "variables", "{\"id\": \"Country:japan\"}", "operationName", "Japan"),
						MediaType.APPLICATION_JSON));
		String viaPost = body(post(Map.of("query", JAPAN, "variables", JAPAN_VARIABLES, "operationName", "Japan"),
				MediaType.APPLICATION_JSON));
		assertThat(json(viaGet)).isEqualTo(json(viaPost));
		assertThat(json(viaGet).at("/data/node/iso3").asString()).isEqualTo("JPN");
		assertThat(json(viaGet).has("errors")).isFalse();
	}

	@Test
	void getAnswersWithGraphqlResponseJsonAndItsStatusCodesLikePost() {
		EntityExchangeResult<String> get = get(Map.of("query", "{ node(id: "), MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		EntityExchangeResult<String> post = post(Map.of("query", "{ node(id: "),
				MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(get.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST).isEqualTo(post.getStatus());
		assertThat(get.getResponseHeaders().getContentType()).isEqualTo(post.getResponseHeaders().getContentType());
		assertThat(get.getResponseHeaders().getContentType().isCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
			.isTrue();
		// The same error; only the request id differs.
		for (String path : List.of("/errors/0/message", "/errors/0/extensions/classification", "/data")) {
			assertThat(json(get.getResponseBody()).at(path)).isEqualTo(json(post.getResponseBody()).at(path));
		}
		assertThat(json(get.getResponseBody()).at("/errors/0/extensions/classification").asString())
			.isEqualTo("InvalidSyntax");
	}

	@Test
	void getRefusesMutationsAndSubscriptionsWith405() {
		for (String document : List.of("mutation { anything }", "subscription Watch { anything }",
				"query A { graph { version } } mutation B { anything }")) {
			Map<String, String> params = new LinkedHashMap<>(Map.of("query", document));
			if (document.contains("mutation B")) {
				params.put("operationName", "B");
			}
			get(params, MediaType.APPLICATION_JSON).exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
				.expectHeader()
				.valueEquals(HttpHeaders.ALLOW, "POST")
				.expectHeader()
				.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
				.expectHeader()
				.doesNotExist(HttpHeaders.ETAG)
				.expectBody()
				.jsonPath("$.data")
				.doesNotExist()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("METHOD_NOT_ALLOWED");
		}
	}

	@Test
	void aMutationOverPostIsAValidationErrorAndNeverExecutes() {
		// The schema has no Mutation type: the document fails validation, so nothing runs
		// (no data entry at all, not even null).
		post(Map.of("query", "mutation { anything }"), MediaType.APPLICATION_JSON).exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("ValidationError");
	}

	@Test
	void answersCarryAnETagAndTheConfiguredCacheControl() {
		get(japan(), MediaType.APPLICATION_JSON).exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.expectHeader()
			.valueMatches(HttpHeaders.ETAG, "W/\"" + this.versions.current() + "-[0-9a-f]{32}\"")
			.expectHeader()
			.valueEquals(HttpHeaders.VARY, "Accept");
	}

	@Test
	void aSecondGetWithTheETagGets304WithoutABody() {
		String tag = etagOf(get(japan(), MediaType.APPLICATION_JSON));
		EntityExchangeResult<byte[]> again = get(japan(), MediaType.APPLICATION_JSON)
			.header(HttpHeaders.IF_NONE_MATCH, tag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, tag)
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.expectBody()
			.returnResult();
		assertThat(again.getResponseBody()).isNullOrEmpty();
		// A list of tags, one of them matching, matches too ("*": HttpEdgeCasesTests).
		get(japan(), MediaType.APPLICATION_JSON).header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + tag)
			.exchange()
			.expectStatus()
			.isNotModified();
		get(japan(), MediaType.APPLICATION_JSON).header(HttpHeaders.IF_NONE_MATCH, "W/\"other\"")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void postWithAMatchingIfNoneMatchGets412NotRun() {
		// RFC 9110 §13.1.2: only GET and HEAD are answered 304; the request is not run.
		Map<String, Object> body = Map.of("query", JAPAN, "variables", JAPAN_VARIABLES);
		String tag = etagOf(post(body, MediaType.APPLICATION_JSON));
		assertThat(tag).isEqualTo(etagOf(get(japan(), MediaType.APPLICATION_JSON)));
		post(body, MediaType.APPLICATION_JSON).header(HttpHeaders.IF_NONE_MATCH, tag)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, tag)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("PRECONDITION_FAILED")
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void theETagDependsOnVariablesOperationAndResponseMediaType() {
		String japan = etagOf(get(japan(), MediaType.APPLICATION_JSON));
		String india = etagOf(
				get(Map.of("query", JAPAN, "variables", "{\"id\": \"Country:india\"}"), MediaType.APPLICATION_JSON));
		String graphqlResponse = etagOf(get(japan(), MediaTypes.APPLICATION_GRAPHQL_RESPONSE));
		String sameAgain = etagOf(get(japan(), MediaType.APPLICATION_JSON));
		assertThat(List.of(india, graphqlResponse)).doesNotContain(japan);
		assertThat(india).isNotEqualTo(graphqlResponse);
		assertThat(sameAgain).isEqualTo(japan);
		// An answer for the other media type is not a match.
		get(japan(), MediaTypes.APPLICATION_GRAPHQL_RESPONSE).header(HttpHeaders.IF_NONE_MATCH, japan)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void answersWithErrorsAreNeverCached() {
		for (WebTestClient.RequestHeadersSpec<?> request : List.of(
				get(Map.of("query", "{ noSuchField }"), MediaType.APPLICATION_JSON),
				post(Map.of("query", "{ noSuchField }"), MediaType.APPLICATION_JSON),
				get(Map.of("query", "{ counterparts(first: 1000) { totalCount } }"), MediaType.APPLICATION_JSON))) {
			request.exchange()
				.expectHeader()
				.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
				.expectHeader()
				.doesNotExist(HttpHeaders.ETAG)
				.expectBody()
				.jsonPath("$.errors")
				.isNotEmpty();
		}
	}

	@Test
	void getWithParametersThatAreNotJsonObjectsIsABadRequest() {
		get(Map.of("query", JAPAN, "variables", "{not json"), MediaType.APPLICATION_JSON).exchange()
			.expectStatus()
			.isBadRequest();
		get(Map.of("query", JAPAN, "variables", "[1, 2]"), MediaType.APPLICATION_JSON).exchange()
			.expectStatus()
			.isBadRequest();
		get(Map.of("query", "{ graph { version } }", "extensions", "42"), MediaType.APPLICATION_JSON).exchange()
			.expectStatus()
			.isBadRequest();
		get(Map.of(), MediaType.APPLICATION_JSON).exchange().expectStatus().isBadRequest();
	}

	/**
	 * Changes the graph version for real: applies one more (empty) load script through
	 * the script runner to the test database, so the scripts recorded in the graph change
	 * as they do when a new version is deployed, then asks the tracker to read the
	 * version again (what its periodic check does). It proves that the tag follows the
	 * recorded scripts and that an old tag no longer matches; it does not prove anything
	 * about other replicas. The extra record is removed afterwards.
	 */
	@Test
	void afterTheGraphVersionChangesTheOldETagGets200AndANewETag() {
		String before = this.versions.current();
		String oldTag = etagOf(get(japan(), MediaType.APPLICATION_JSON));
		CypherScript extra = CypherScript.parse("V9990__Http_cache_test.cypher",
				"// test only: changes the recorded scripts\nRETURN 1;\n");
		try {
			new CypherScriptRunner(this.driver, SessionConfig.defaultConfig(), Duration.ofSeconds(30))
				.apply(List.of(extra));
			String after = this.versions.refresh();
			assertThat(after).isNotEqualTo(before);
			EntityExchangeResult<String> changed = get(Map.of("query", "{ graph { version } }"),
					MediaType.APPLICATION_JSON)
				.exchange()
				.expectBody(String.class)
				.returnResult();
			assertThat(json(changed.getResponseBody()).at("/data/graph/version").asString()).isEqualTo(after);
			EntityExchangeResult<byte[]> revalidated = get(japan(), MediaType.APPLICATION_JSON)
				.header(HttpHeaders.IF_NONE_MATCH, oldTag)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult();
			String newTag = revalidated.getResponseHeaders().getETag();
			assertThat(newTag).isNotEqualTo(oldTag).startsWith("W/\"" + after + "-");
		}
		finally {
			try (Session session = this.driver.session()) {
				session.executeWriteWithoutResult((tx) -> tx
					.run("MATCH (m:__Neo4jMigration {name: $name}) DETACH DELETE m", Map.of("name", extra.name()))
					.consume());
			}
			this.versions.refresh();
		}
		assertThat(this.versions.current()).isEqualTo(before);
		get(japan(), MediaType.APPLICATION_JSON).header(HttpHeaders.IF_NONE_MATCH, oldTag)
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@Test
	void theTaggedVersionIsTheVersionTheGraphReports() {
		String body = body(get(Map.of("query", "{ graph { version } }"), MediaType.APPLICATION_JSON));
		assertThat(json(body).at("/data/graph/version").asString()).isEqualTo(this.versions.current());
	}

	private static Map<String, String> japan() {
		return Map.of("query", JAPAN, "variables", "{\"id\": \"Country:japan\"}");
	}

	private WebTestClient.RequestHeadersSpec<?> get(Map<String, String> params, MediaType accept) {
		return this.http.get().uri((builder) -> {
			builder.path("/graphql");
			params.keySet().forEach((name) -> builder.queryParam(name, "{" + name + "}"));
			return builder.build(params);
		}).accept(accept);
	}

	private WebTestClient.RequestHeadersSpec<?> post(Map<String, ?> body, MediaType accept) {
		return this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(accept).bodyValue(body);
	}

	private static String body(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private static String etagOf(WebTestClient.RequestHeadersSpec<?> request) {
		String tag = request.exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
		assertThat(tag).isNotNull();
		return tag;
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
