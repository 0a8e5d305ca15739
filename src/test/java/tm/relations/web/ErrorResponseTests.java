package tm.relations.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the endpoint gives, whatever its source (parser, validation, a feature's
 * argument check, the HTTP layer), carries {@code extensions.classification} and the
 * request id of the {@code X-Request-Id} header, and nothing internal.
 */
class ErrorResponseTests extends GraphApiTestSupport {

	private HttpProbe probe;

	@BeforeEach
	void probe() {
		this.probe = new HttpProbe(this.port);
	}

	private HttpProbe.Answer post(String body, String contentType, Map<String, String> headers) {
		Map<String, String> all = new java.util.HashMap<>(headers);
		if (contentType != null) {
			all.put("Content-Type", contentType);
		}
		return this.probe.send("POST", "/graphql", all, body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void validationErrorsCarryTheCallersRequestId() {
		HttpProbe.Answer answer = post("{\"query\": \"{ graph { nope } }\"}", "application/json",
				Map.of("X-Request-Id", "client-42"))
			.assertHardened("validation error");
		assertThat(answer.requestId()).isEqualTo("client-42");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("ValidationError");
		assertThat(answer.errors().path(0).path("extensions").path("requestId").asString()).isEqualTo("client-42");
	}

	@Test
	void validationAndCoercionErrorsNameValuesAsTheClientWroteThem() {
		HttpProbe.Answer literal = this.probe.query("{ revisionDiff(from: R003, to: R002) { addedCount } }")
			.assertHardened("unknown enum value");
		assertThat(literal.classification()).isEqualTo("ValidationError");
		assertThat(literal.message()).contains("with value 'R003'").doesNotContain("EnumValue");
		HttpProbe.Answer variable = this.probe
			.query("query ($t: String!) { search(text: $t) { score } }", Map.of("t", Map.of("a", 1)))
			.assertHardened("object for a string variable");
		assertThat(variable.message()).endsWith("but it was an object").doesNotContain("LinkedHashMap");
	}

	@Test
	void syntaxErrorsCarryAGeneratedRequestId() {
		HttpProbe.Answer answer = this.probe.query("{ graph { version }").assertHardened("syntax error");
		assertThat(answer.requestId()).matches("[0-9a-f-]{36}");
		assertThat(answer.classification()).isEqualTo("InvalidSyntax");
	}

	@Test
	void featureErrorsKeepTheirClassificationAndGainTheRequestId() {
		HttpProbe.Answer answer = this.probe.query("{ search(text: \"japan\", first: 0) { score } }")
			.assertHardened("bad argument");
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("first");
	}

	@Test
	void bodiesThatAreNotJsonGetAGraphQlShaped400() {
		HttpProbe.Answer answer = post("{\"query\": ", "application/json", Map.of()).assertHardened("broken JSON");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("JSON object with a string 'query'");
	}

	@Test
	void jsonWithoutAQueryGetsAGraphQlShaped400() {
		for (String body : new String[] { "{}", "{\"query\": null}", "{\"query\": {\"a\": 1}}", "[]", "null",
				"{\"query\": 123}", "{\"query\": \"{ graph { version } }\", \"operationName\": true}",
				"{\"query\": \"{ graph { version } }\", \"variables\": \"x\"}" }) {
			HttpProbe.Answer answer = post(body, "application/json", Map.of()).assertHardened(body);
			assertThat(answer.status()).as(body).isEqualTo(400);
			assertThat(answer.classification()).as(body).isEqualTo("BAD_REQUEST");
		}
	}

	@Test
	void unsupportedContentTypesGetAGraphQlShaped415() {
		HttpProbe.Answer answer = post("query=%7Bgraph%7Bversion%7D%7D", "text/plain", Map.of())
			.assertHardened("text/plain");
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.classification()).as(answer.body()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void answersApplicationGraphqlResponseJsonWhenAccepted() {
		HttpProbe.Answer ok = post("{\"query\": \"{ graph { version } }\"}", "application/json",
				Map.of("Accept", "application/graphql-response+json"));
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.contentType()).startsWith("application/graphql-response+json");
		assertThat(ok.json().path("data").path("graph").path("version").asString()).hasSize(16);

		// With this media type a request error (no data) is a 4xx, as the spec asks.
		HttpProbe.Answer invalid = post("{\"query\": \"{ graph { nope } }\"}", "application/json",
				Map.of("Accept", "application/graphql-response+json"))
			.assertHardened("invalid, graphql-response+json");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/graphql-response+json");
		assertThat(invalid.classification()).isEqualTo("ValidationError");
	}

	@Test
	void introspectionIsOnByDefault() {
		HttpProbe.Answer answer = this.probe.query("{ __schema { queryType { name } } }");
		assertThat(answer.json().path("data").path("__schema").path("queryType").path("name").asString())
			.isEqualTo("Query");
		assertThat(this.probe.send("GET", "/graphql/schema", Map.of(), null).status()).isEqualTo(200);
	}

}
