package tm.relations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that talk to the running service over real HTTP, backed by the
 * embedded Neo4j loaded with the real scripts of {@code cypher/}. All subclasses share
 * one application context, so the embedded Neo4j starts and loads once per test run. The
 * periodic re-read of the graph version is off (tests call {@code refresh()} when they
 * need it): its statement could otherwise land in a window where a test counts the
 * statements of a request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "graph.http.version-check-interval=0")
public abstract class GraphApiTestSupport {

	/** The observation handlers added so far, with the registries they were added to. */
	private static final Set<List<Object>> observing = ConcurrentHashMap.newKeySet();

	@LocalServerPort
	protected int port;

	@Autowired
	protected org.neo4j.driver.Driver driver;

	protected HttpGraphQlTester graphQl;

	protected WebTestClient http;

	/**
	 * Clients of the running service. Answers up to 16 MB (a whole revision diff is
	 * larger than WebTestClient's default buffer); the long timeout is for loaded build
	 * machines.
	 */
	@BeforeEach
	void connectClients() {
		this.http = WebTestClient.bindToServer()
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.baseUrl("http://localhost:" + this.port)
			.build();
		this.graphQl = HttpGraphQlTester
			.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

	/**
	 * Adds a handler to the observations of the running service once: the application
	 * context, and with it the registry, is shared by the tests.
	 */
	protected static void observeOnce(ObservationRegistry registry, ObservationHandler<?> handler) {
		if (observing.add(List.of(registry, handler))) {
			registry.observationConfig().observationHandler(handler);
		}
	}

	/**
	 * The Cypher statements the service sends while running {@code request}, counted from
	 * Spring Data Neo4j's statement log.
	 */
	protected static int statementsSentBy(Runnable request) {
		Logger cypher = (Logger) LoggerFactory.getLogger("org.springframework.data.neo4j.cypher");
		ListAppender<ILoggingEvent> statements = new ListAppender<>();
		statements.start();
		Level level = cypher.getLevel();
		cypher.addAppender(statements);
		cypher.setLevel(Level.DEBUG);
		try {
			request.run();
		}
		finally {
			cypher.setLevel(level);
			cypher.detachAppender(statements);
		}
		return (int) statements.list.stream()
			.filter((event) -> event.getFormattedMessage().startsWith("Executing"))
			.count();
	}

	/**
	 * POSTs a GraphQL request body as JSON, expects 200, and returns the answer as a JSON
	 * tree.
	 */
	protected JsonNode post(Map<String, Object> body) {
		return okJson(this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange());
	}

	/** GETs a path of the service (Actuator's, say), expects 200, returns a JSON tree. */
	protected JsonNode getJson(String uri) {
		return okJson(this.http.get().uri(uri).exchange());
	}

	private static JsonNode okJson(WebTestClient.ResponseSpec response) {
		return JsonMapper.shared()
			.readTree(response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
	}

}
