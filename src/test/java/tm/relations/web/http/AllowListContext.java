package tm.relations.web.http;

import org.springframework.test.context.TestPropertySource;

import tm.relations.GraphApiTestSupport;

/**
 * The one extra application context (and embedded Neo4j) of these tests: allow-list mode
 * on, with a folder of one more registered document ({@code { graph { version } }}), the
 * response cache on, and CORS allowing one origin ({@link #ALLOWED_ORIGIN}). All are read
 * at start, so they need a context of their own; every test class extending this shares
 * it.
 */
@TestPropertySource(properties = { "graph.persisted-queries.allow-list.enabled=true",
		"graph.persisted-queries.allow-list.directory=src/test/resources/web/http/allow-list",
		"graph.http.response-cache.enabled=true",
		"spring.graphql.cors.allowed-origins=" + AllowListContext.ALLOWED_ORIGIN })
abstract class AllowListContext extends GraphApiTestSupport {

	/** The one origin CORS allows. */
	static final String ALLOWED_ORIGIN = "https://app.example.org";

	/** The registered document of the folder. */
	static final String GRAPH_VERSION = "# Registered for the tests of allow-list mode and of the response cache.\n"
			+ "{ graph { version } }\n";

}
