package tm.relations.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tm.relations.RelationsGraphApplication;
import tm.relations.loading.EmbeddedNeo4jProperties;
import tm.relations.loading.EmbeddedNeo4jServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as production runs it, against a Neo4j of its own that this test stops and
 * starts again: introspection switched off, a query over the time limit, an unexpected
 * failure, and Neo4j going away and coming back. The application runs with a 3 s
 * transaction timeout, a 5 s request timeout, a tiny load script (the real ones are
 * covered elsewhere) and three test-only query fields.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceResilienceTests {

	private static Path home;

	private static Path scripts;

	private static int boltPort;

	private static EmbeddedNeo4jServer neo4j;

	private static ConfigurableApplicationContext application;

	private static HttpProbe probe;

	@BeforeAll
	static void start() throws IOException, URISyntaxException {
		Path build = Path.of(ServiceResilienceTests.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.getParent();
		home = Files.createTempDirectory(build, "resilience-neo4j-");
		scripts = Files.createTempDirectory(build, "resilience-scripts-");
		Files.writeString(scripts.resolve("V0001__Marker.cypher"), "MERGE (:Marker {key: 'resilience'});\n");
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			boltPort = socket.getLocalPort();
		}
		neo4j = startNeo4j();
		application = new SpringApplicationBuilder(RelationsGraphApplication.class, TestOnlyFields.class).run(
				"--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--server.port=0",
				"--graph.load.locations=file:" + scripts + "/", "--spring.graphql.schema.introspection.enabled=false",
				"--spring.transaction.default-timeout=3s", "--graph.limits.request-timeout=5s");
		probe = new HttpProbe(((WebServerApplicationContext) application).getWebServer().getPort());
	}

	/** Same port and store every time, so the application finds it again. */
	private static EmbeddedNeo4jServer startNeo4j() {
		return EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, boltPort, home, false, Duration.ofSeconds(30), Map.of()));
	}

	@AfterAll
	static void stop() throws IOException {
		try {
			if (application != null) {
				application.close();
			}
			if (neo4j != null) {
				neo4j.close();
			}
		}
		finally {
			// Spring Boot switches introspection off JVM-wide; the other tests of this
			// JVM
			// need it back.
			Introspection.enabledJvmWide(true);
			deleteRecursively(home);
			deleteRecursively(scripts);
		}
	}

	@Test
	@Order(1)
	void introspectionCanBeSwitchedOff() {
		HttpProbe.Answer introspection = probe.query("{ __schema { types { name } } }").assertHardened("introspection");
		assertThat(introspection.classification()).isEqualTo("IntrospectionDisabled");
		assertThat(introspection.json().path("data").isMissingNode() || introspection.json().path("data").isNull())
			.isTrue();
		assertThat(probe.query("{ __type(name: \"Query\") { name } }").classification())
			.isEqualTo("IntrospectionDisabled");
		// The schema download and GraphiQL follow the same switch; __typename stays.
		assertThat(probe.send("GET", "/graphql/schema", Map.of(), null).status()).isEqualTo(404);
		assertThat(probe.send("GET", "/graphiql", Map.of(), null).status()).isEqualTo(404);
		HttpProbe.Answer query = probe.query("{ __typename graph { version } }").assertHardened("plain query");
		assertThat(query.json().path("data").path("__typename").asString()).as(query.body()).isEqualTo("Query");
		assertThat(query.json().path("data").path("graph").path("version").asString()).hasSize(16);
	}

	@Test
	@Order(2)
	void aQueryOverTheTransactionTimeoutIsStoppedByNeo4jAndAnsweredWithATimeoutError(CapturedOutput output) {
		long start = System.nanoTime();
		HttpProbe.Answer answer = probe.query("{ slowStatement }").assertHardened("slow statement");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("TIMEOUT");
		assertThat(answer.message()).contains("time limit of 3 s", answer.requestId());
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(2900)).isLessThan(Duration.ofSeconds(10));
		try (Driver direct = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			long running = direct
				.executableQuery(
						"SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n")
				.withParameters(Map.of("marker", "slow-" + "statement"))
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(running).as("the server must have ended the transaction").isZero();
		}
		assertThat(output.getOut()).contains(answer.requestId()).contains("TIMEOUT");
	}

	@Test
	@Order(3)
	void aRequestOverTheRequestTimeoutIsAnsweredWithATimeoutError() {
		long start = System.nanoTime();
		HttpProbe.Answer answer = probe.query("{ slowRequest(millis: 12000) }").assertHardened("slow request");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(11000));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("TIMEOUT");
		assertThat(answer.message()).contains("graph.limits.request-timeout");
	}

	@Test
	@Order(4)
	void unexpectedFailuresAreLoggedWithTheRequestIdAndAnsweredWithoutDetail(CapturedOutput output) {
		HttpProbe.Answer answer = probe
			.send("POST", "/graphql", Map.of("Content-Type", "application/json", "X-Request-Id", "resilience-7"),
					"{\"query\": \"{ failing graph { version } }\"}".getBytes(StandardCharsets.UTF_8))
			.assertHardened("failing field");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("INTERNAL_ERROR");
		assertThat(answer.message()).isEqualTo(
				"Internal error: the request could not be answered. Quote request id resilience-7 if you report it.");
		assertThat(answer.errors().path(0).path("path").path(0).asString()).isEqualTo("failing");
		assertThat(answer.json().path("data").path("graph").path("version").asString())
			.as("the rest of the request is answered")
			.hasSize(16);
		assertThat(output.getOut()).containsPattern("ERROR \\[resilience-7\\].*Request resilience-7 failed at /failing")
			.contains("SyntaxError: Invalid input 'MATCH (n)'");
	}

	@Test
	@Order(5)
	void whenNeo4jGoesAwayRequestsFailFastAndTheServiceRecoversWhenItReturns() {
		assertThat(probe.send("GET", "/actuator/health", Map.of(), null).status()).isEqualTo(200);

		neo4j.close();
		neo4j = null;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			HttpProbe.Answer answer = probe.query("{ graph { version } }").assertHardened("Neo4j away");
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.classification()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(answer.message()).startsWith("The graph database is not reachable just now");
			assertThat(took).as("fails fast").isLessThan(Duration.ofSeconds(6));
		}
		HttpProbe.Answer health = probe.send("GET", "/actuator/health", Map.of(), null);
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.json().path("status").asString()).isEqualTo("DOWN");

		neo4j = startNeo4j();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		HttpProbe.Answer answer;
		do {
			answer = probe.query("{ graph { version } }").assertHardened("Neo4j back");
		}
		while (answer.json().path("data").path("graph").isMissingNode() && System.nanoTime() < deadline && pause());
		assertThat(answer.json().path("data").path("graph").path("version").asString())
			.as("answered again once Neo4j is back: %s", answer.body())
			.hasSize(16);
		assertThat(probe.send("GET", "/actuator/health", Map.of(), null).status()).isEqualTo(200);
	}

	private static boolean pause() {
		try {
			Thread.sleep(250);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	/**
	 * Query fields that exist only in this test's application: passed to it as a source,
	 * never component-scanned (no stereotype annotation).
	 */
	static class TestOnlyFields {

		private static final String SCHEMA = """
				extend type Query {
				  "Test only: a Cypher statement that runs for minutes."
				  slowStatement: Int
				  "Test only: a request that takes this long, off the request thread."
				  slowRequest(millis: Int!): Int
				  "Test only: fails with internal text in its exception."
				  failing: Int
				}
				""";

		@Bean
		GraphQlSourceBuilderCustomizer testOnlyFields(Neo4jClient neo4j, PlatformTransactionManager transactions) {
			return (builder) -> builder.schemaResources(new ByteArrayResource(SCHEMA.getBytes(StandardCharsets.UTF_8)) {

				@Override
				public String getFilename() {
					return "test-only.graphqls";
				}

			})
				.configureRuntimeWiring((wiring) -> wiring.type("Query", (type) -> type
					.dataFetcher("slowStatement", (env) -> new TransactionTemplate(transactions).execute((
							status) -> neo4j.query(QueryTimeoutTests.SLOW_CYPHER).fetchAs(Long.class).one().orElse(0L)))
					.dataFetcher("slowRequest", (env) -> CompletableFuture.supplyAsync(() -> {
						pauseFor(env.getArgument("millis"));
						return 1;
					}))
					.dataFetcher("failing", (env) -> {
						throw new IllegalStateException(
								"Neo.ClientError.Statement.SyntaxError: Invalid input 'MATCH (n)' at org.neo4j.cypher");
					})));
		}

		private static void pauseFor(int millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
