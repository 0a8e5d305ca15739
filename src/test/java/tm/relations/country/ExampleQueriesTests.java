package tm.relations.country;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the example requests of {@code graphql/examples/} for PRODUCT questions 1, 2, 7
 * and 9 over HTTP, with the variables of their leading {@code # variables:} line, and
 * checks they answer data without errors.
 */
class ExampleQueriesTests extends GraphApiTestSupport {

	private static final String VARIABLES = "# variables:";

	@ParameterizedTest
	@ValueSource(strings = { "q01-country.graphql", "q02-counterparts.graphql",
			"q07-organisations-and-companies.graphql", "q09-statistics.graphql" })
	void exampleAnswersDataWithoutErrors(String file) throws IOException {
		String document = read("graphql-examples/" + file);
		String firstLine = document.lines().findFirst().orElse("");
		assertThat(firstLine).as("first line of %s", file).startsWith(VARIABLES);
		Map<String, Object> body = new HashMap<>();
		body.put("query", document);
		body.put("variables", JsonParserFactory.getJsonParser().parseMap(firstLine.substring(VARIABLES.length())));

		Map<String, Object> response = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(response).as("response to %s", file).isNotNull().doesNotContainKey("errors");
		assertThat(response.get("data")).as("data of %s", file)
			.isInstanceOfSatisfying(Map.class, (data) -> assertThat(data).isNotEmpty()
				.allSatisfy((field, value) -> assertThat(value).isNotNull()));
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
