package tm.relations.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's HTTP client: the JDK's {@link HttpClient} (HTTP/1.1, as the service's
 * Tomcat speaks it; one pooled keep-alive connection per concurrent caller) on virtual
 * threads. Requests are POSTed as a client would send them; the body of each request is
 * serialised once, before timing starts.
 */
final class GraphQlClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http;

	private final URI base;

	GraphQlClient(URI base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	URI base() {
		return this.base;
	}

	/** A prepared request: its body is serialised now, once. */
	Request request(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return new Request(HttpRequest.newBuilder(this.base.resolve("/graphql"))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
			.build());
	}

	/** GET of a path of the service, as text; null when it answered other than 200. */
	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		return (response.statusCode() == 200) ? response.body() : null;
	}

	static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	@Override
	public void close() {
		this.http.close();
	}

	/** A request ready to send any number of times. */
	final class Request {

		private final HttpRequest request;

		private Request(HttpRequest request) {
			this.request = request;
		}

		/**
		 * Sends the request and returns the answer's text.
		 * @throws IOException when the answer is not a 200 without GraphQL errors
		 */
		String send() throws IOException, InterruptedException {
			HttpResponse<String> response = GraphQlClient.this.http.send(this.request,
					HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode() + ": " + abbreviate(body));
			}
			// Serialised JSON escapes every quote inside a string value, so this text can
			// only be the top-level errors member.
			if (body.contains("\"errors\":")) {
				throw new IOException("GraphQL errors: " + abbreviate(body));
			}
			return body;
		}

		private static String abbreviate(String body) {
			return (body.length() > 300) ? body.substring(0, 300) + "..." : body;
		}

	}

}
