package tm.relations.loading;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tm.relations.RelationsGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, the application uses that server and starts no
 * embedded Neo4j of its own. The "external" server here is a second embedded instance
 * this test starts itself.
 */
class ExternalNeo4jTests {

	private static EmbeddedNeo4jServer external;

	@BeforeAll
	static void startExternalServer() {
		external = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, 0, null, false, java.time.Duration.ofSeconds(30), Map.of()));
	}

	@AfterAll
	static void stopExternalServer() {
		external.close();
	}

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RelationsGraphApplication.class)
			.properties(Map.of("spring.neo4j.uri", external.boltUri().toString(), "server.port", "0"))
			.run()) {
			assertThat(context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.build()
				.post()
				.uri("/graphql")
				.bodyValue(Map.of("query", "{ graph { scripts { name } } }"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.data.graph.scripts[0].name")
				.isEqualTo("V0001__Constraints");

			try (Driver direct = GraphDatabase.driver(external.boltUri(), AuthTokens.none())) {
				long countries = direct.executableQuery("MATCH (c:Country) RETURN count(c) AS n")
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong();
				assertThat(countries).as("the scripts were loaded into the external server").isGreaterThan(20);
			}
		}
	}

}
