package tm.relations;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import tm.relations.loading.EmbeddedNeo4jServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke test against the official Neo4j image, for machines with Docker. Without a
 * Docker engine it is skipped; the suite passes on the embedded Neo4j alone.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class Neo4jContainerIT {

	@Container
	@ServiceConnection
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08-community").withoutAuthentication();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void answersFromTheContainerisedNeo4j() {
		assertThat(this.context.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
		HttpGraphQlTester graphQl = HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/graphql").build());
		graphQl.document("{ graph { scripts { name } } }")
			.execute()
			.path("graph.scripts[*].name")
			.entityList(String.class)
			.contains("V0001__Constraints", "V0100__Entities");
	}

}
