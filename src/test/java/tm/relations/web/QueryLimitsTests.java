package tm.relations.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code graph.limits.*} limit refuses a request just over it, over real HTTP, with
 * a clear GraphQL error classified {@code QUERY_TOO_COMPLEX} (or
 * {@code REQUEST_TOO_LARGE}) that names the property, never a 5xx.
 */
class QueryLimitsTests extends GraphApiTestSupport {

	private HttpProbe probe;

	@BeforeEach
	void probe() {
		this.probe = new HttpProbe(this.port);
	}

	@Test
	void refusesQueriesDeeperThanTheLimit() {
		// node > relations > other > relations > other ... : 14 levels
		String nested = "id";
		for (int i = 0; i < 6; i++) {
			nested = "relations { other { " + nested + " } }";
		}
		String document = "{ node(id: \"Country:japan\") { ... on Country { " + nested + " } } }";
		HttpProbe.Answer answer = this.probe.query(document).assertHardened("deep query");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(answer.message()).contains("too deep", "14 levels", "limit is 12", "graph.limits.max-depth");
		assertThat(answer.json().path("data").isMissingNode() || answer.json().path("data").isNull()).isTrue();
	}

	@Test
	void refusesAnswersLargerThanTheLimitThoughTheirEstimateIsWithinIt() {
		// Turkmenistan's relations, and theirs, four levels down: within depth and cost
		// (the estimate assumes five relations a node), but Turkmenistan has over 200;
		// built whole, the answer was 184 MB and took 12 s (found by a QA pass).
		HttpProbe.Answer answer = this.probe.query(relationsOfTurkmenistan(4)).assertHardened("answer over the limit");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(answer.message()).contains("too large", "more than 250000 values", "graph.limits.max-answer-values");
		assertThat(answer.json().path("data").isMissingNode() || answer.json().path("data").isNull())
			.as("no truncated answer")
			.isTrue();
		assertThat(answer.body().length()).as("the refusal, not the answer").isLessThan(2_000);
	}

	@Test
	void answersTheSameQuestionTwoLevelsShallower() {
		HttpProbe.Answer answer = this.probe.query(relationsOfTurkmenistan(2))
			.assertHardened("answer within the limit");
		assertThat(answer.errors().isMissingNode() || answer.errors().isEmpty()).as(answer.body()).isTrue();
		assertThat(answer.json().path("data").path("country").path("relations").size()).isGreaterThan(100);
	}

	/** Turkmenistan's relations, and theirs, so many levels down. */
	private static String relationsOfTurkmenistan(int levels) {
		String level = "name";
		for (int i = 0; i < levels; i++) {
			level = "relations { type evidence { quote } other { id ... on Entity { " + level + " } } }";
		}
		return "{ country(name: \"Turkmenistan\") { " + level + " } }";
	}

	@Test
	void refusalsAre400ForClientsAcceptingGraphqlResponseJson() {
		String aliases = IntStream.range(0, 31)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ ", " }"));
		HttpProbe.Answer answer = this.probe
			.send("POST", "/graphql",
					java.util.Map.of("Content-Type", "application/json", "Accept", "application/graphql-response+json"),
					("{\"query\": \"" + aliases + "\"}").getBytes(StandardCharsets.UTF_8))
			.assertHardened("alias flood, graphql-response+json");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/graphql-response+json");
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
	}

	@Test
	void refusesQueriesOverTheCost() {
		String ids = IntStream.range(0, 100).mapToObj((i) -> "\"Country:c" + i + "\"").collect(Collectors.joining(","));
		String document = "{ nodes(ids: [" + ids + "]) { ... on Country { relations { other { ... on Country { "
				+ "relations { other { ... on Country { relations { evidence { quote } } } } } } } } } } }";
		HttpProbe.Answer answer = this.probe.query(document).assertHardened("costly query");
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(answer.message()).contains("too expensive", "limit is 20000", "graph.limits.max-cost");
	}

	@Test
	void refusesAliasFloods() {
		String aliases = IntStream.range(0, 31)
			.mapToObj((i) -> "a" + i + ": graph { version }")
			.collect(Collectors.joining(" "));
		HttpProbe.Answer answer = this.probe.query("{ " + aliases + " }").assertHardened("alias flood");
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(answer.message()).contains("31", "limit is 30", "graph.limits.max-aliases");
	}

	@Test
	void refusesTooManyFieldsCountingFragmentsEachTimeTheyAreSpread() {
		HttpProbe.Answer answer = this.probe.query(fragmentBomb(6)).assertHardened("fragment fan-out");
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(answer.message()).contains("too many fields", "limit is 500", "graph.limits.max-fields");
	}

	@Test
	void refusesAFragmentBombAtOnce() {
		// 3^40 fields once expanded: refused from the document alone, before validation.
		long start = System.nanoTime();
		HttpProbe.Answer answer = this.probe.query(fragmentBomb(40)).assertHardened("fragment bomb");
		assertThat(answer.classification()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	/** Fragments each spreading the previous one three times. */
	private static String fragmentBomb(int levels) {
		StringBuilder document = new StringBuilder("{ graph { ...f" + levels + " } }\n");
		document.append("fragment f1 on GraphInfo { version scripts { name } }\n");
		for (int i = 2; i <= levels; i++) {
			document.append("fragment f")
				.append(i)
				.append(" on GraphInfo { ...f")
				.append(i - 1)
				.append(" ...f")
				.append(i - 1)
				.append(" ...f")
				.append(i - 1)
				.append(" }\n");
		}
		return document.toString();
	}

	@Test
	void refusesDocumentsWithTooManyTokens() {
		String document = "{ graph { " + " version".repeat(5001) + " } }";
		HttpProbe.Answer answer = this.probe.query(document).assertHardened("many tokens");
		assertThat(answer.classification()).isEqualTo("InvalidSyntax");
		assertThat(answer.message()).contains("5,000", "tokens");
	}

	@Test
	void refusesBodiesOverTheSizeLimitWith413() {
		String big = "{\"query\": \"{ graph { version } }\", \"variables\": {\"pad\": \"" + "x".repeat(300_000)
				+ "\"}}";
		HttpProbe.Answer answer = this.probe.post("application/json", big.getBytes(StandardCharsets.UTF_8))
			.assertHardened("big body");
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.classification()).isEqualTo("REQUEST_TOO_LARGE");
		assertThat(answer.message()).contains("262144 bytes", "graph.limits.max-body-size");
	}

	@Test
	void refusesChunkedBodiesOverTheSizeLimitToo() {
		// No Content-Length: the filter counts while reading.
		Flux<DataBuffer> chunks = Flux.range(0, 40)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(("x".repeat(10_000)).getBytes()));
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith("application/graphql-response+json")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("REQUEST_TOO_LARGE");
	}

	@Test
	void acceptsBodiesJustUnderTheSizeLimit() {
		String body = "{\"query\": \"{ graph { version } }\", \"extensions\": {\"pad\": \"" + "x".repeat(250_000)
				+ "\"}}";
		HttpProbe.Answer answer = this.probe.post("application/json", body.getBytes(StandardCharsets.UTF_8))
			.assertHardened("body under the limit");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("data").path("graph").path("version").asString()).hasSize(16);
	}

}
