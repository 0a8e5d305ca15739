package tm.relations.web.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.graphql.cors} allowing an origin, a CORS preflight of the endpoint
 * is still answered by Spring's CORS handling (the endpoint's filter answers other
 * {@code OPTIONS} requests itself), with the endpoint's own {@code Allow}.
 */
class CorsPreflightTests extends AllowListContext {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aPreflightFromTheAllowedOriginIsAllowed() throws Exception {
		HttpResponse<String> answer = preflight(ALLOWED_ORIGIN);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
		assertThat(answer.headers().allValues("Allow")).containsExactly("GET, HEAD, POST, OPTIONS");
	}

	@Test
	void aPreflightFromAnotherOriginIsRefused() throws Exception {
		HttpResponse<String> answer = preflight("https://elsewhere.example");
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void otherOptionsRequestsGet204WithAllow() throws Exception {
		HttpResponse<String> answer = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(204);
		assertThat(answer.headers().allValues("Allow")).containsExactly("GET, HEAD, POST, OPTIONS");
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
