package tm.relations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP to the running service, for requests a GraphQL client would never send (raw
 * bytes, any content type, any method), and the checks every answer of the hardened
 * endpoint must pass.
 */
final class HttpProbe {

	/** Text that must never reach a client in an error. */
	static final Pattern INTERNAL = Pattern.compile(
			"(?i)exception|\\bat (org|java|jdk|graphql|tm)\\.|neo4j|cypher|match \\(|detach delete|stack ?trace|org\\.springframework|INTERNAL_ERROR for");

	/** Stack-trace frames and class names, never allowed anywhere in a body. */
	static final Pattern TRACE = Pattern
		.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\b(java|org|jdk|graphql)\\.[\\w.$]+(Exception|Error)\\b");

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	HttpProbe(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A POST of a JSON GraphQL request. */
	Answer query(String document) {
		return query(document, Map.of());
	}

	/** A POST of a JSON GraphQL request with variables. */
	Answer query(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		if (!variables.isEmpty()) {
			body.put("variables", variables);
		}
		return post("application/json", JSON.writeValueAsBytes(body));
	}

	/** A POST of raw bytes to {@code /graphql}. */
	Answer post(String contentType, byte[] body) {
		return send("POST", "/graphql", (contentType != null) ? Map.of("Content-Type", contentType) : Map.of(), body);
	}

	/** Any request. */
	Answer send(String method, String path, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("X-Request-Id").orElse(null),
					new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One answer.
	 *
	 * @param status the HTTP status
	 * @param contentType the Content-Type header, empty when absent
	 * @param requestId the X-Request-Id header
	 * @param body the body as text
	 */
	record Answer(int status, String contentType, String requestId, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		JsonNode errors() {
			return json().path("errors");
		}

		/** The classification of the first error. */
		String classification() {
			return errors().path(0).path("extensions").path("classification").asString("");
		}

		String message() {
			return errors().path(0).path("message").asString("");
		}

		/**
		 * What every answer of the endpoint must be: no 5xx, no stack trace anywhere, and
		 * when it has errors, each with a classification, the request id of the
		 * X-Request-Id header, and nothing internal in its text.
		 */
		Answer assertHardened(String what) {
			return assertHardened(what, List.of());
		}

		/**
		 * As {@link #assertHardened(String)}, where error messages may quote the given
		 * client input (which may well contain Cypher) back to the client.
		 */
		Answer assertHardened(String what, List<String> echoes) {
			assertThat(this.status).as("status of %s: %s", what, abbreviate(this.body)).isLessThan(500);
			assertThat(withoutEchoes(this.body, echoes)).as("body of %s", what).doesNotContainPattern(TRACE);
			if (this.contentType.contains("json") && this.body.startsWith("{")) {
				JsonNode errors = errors();
				for (JsonNode error : errors.values()) {
					assertThat(withoutEchoes(error.toString(), echoes)).as("error of %s", what)
						.doesNotContainPattern(INTERNAL);
					assertThat(error.path("extensions").path("classification").asString(""))
						.as("classification of %s: %s", what, error)
						.isNotBlank();
					assertThat(error.path("extensions").path("requestId").asString(""))
						.as("requestId of %s: %s", what, error)
						.isEqualTo(this.requestId);
				}
			}
			else if (this.status >= 400) {
				assertThat(withoutEchoes(this.body, echoes)).as("body of %s", what).doesNotContainPattern(INTERNAL);
			}
			return this;
		}

		private static String withoutEchoes(String text, List<String> echoes) {
			String result = text;
			for (String echo : echoes) {
				String json = JSON.writeValueAsString(echo);
				result = result.replace(json.substring(1, json.length() - 1), "").replace(echo, "");
				// JSON inside JSON: quoted once more in a serialised error
				String twice = JSON.writeValueAsString(json.substring(1, json.length() - 1));
				result = result.replace(twice.substring(1, twice.length() - 1), "");
			}
			return result;
		}

		private static String abbreviate(String text) {
			return (text.length() > 2000) ? text.substring(0, 2000) + "..." : text;
		}

		List<String> classifications() {
			return errors().values()
				.stream()
				.map((e) -> e.path("extensions").path("classification").asString(""))
				.toList();
		}

	}

}
