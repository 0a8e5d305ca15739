package tm.relations;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import tm.relations.loading.EmbeddedNeo4jServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class ApplicationSmokeTests extends GraphApiTestSupport {

	@Autowired
	EmbeddedNeo4jServer embedded;

	@Test
	void answersGraphQlOverHttpFromTheEmbeddedNeo4j() {
		this.graphQl.document("{ graph { version scripts { name checksum installedOn } } }")
			.execute()
			.path("graph.version")
			.entity(String.class)
			.satisfies((version) -> assertThat(version).hasSize(16))
			.path("graph.scripts[*].name")
			.entityList(String.class)
			.contains("V0001__Constraints", "V0100__Entities", "R__Derive_provenance");
	}

	@Test
	void healthIsUpWithNeo4jDetails() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.details.server")
			.value((server) -> assertThat((String) server).contains("127.0.0.1"))
			.jsonPath("$.components.neo4j.details.edition")
			.isNotEmpty()
			.jsonPath("$.components.neo4j.details.database")
			.isEqualTo("neo4j");
	}

	@Test
	void theEmbeddedNeo4jSendsNoUsageReports() {
		try (var session = this.driver.session()) {
			String value = session
				.run("SHOW SETTINGS YIELD name, value WHERE name = 'dbms.usage_report.enabled' RETURN value")
				.single()
				.get("value")
				.asString();
			assertThat(value).as("application.yaml's graph.embedded.settings reach the server").isEqualTo("false");
		}
	}

	@Test
	void servesGraphiQl() {
		this.http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
		this.http.get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk();
	}

	@Test
	void embeddedBoltListensOnLoopbackOnly() throws IOException {
		assertThat(this.embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
		int boltPort = this.embedded.boltUri().getPort();
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), boltPort), 2000);
			assertThat(loopback.isConnected()).isTrue();
		}
		List<InetAddress> external = NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.toList();
		assumeThat(external).as("a non-loopback IPv4 address on this machine").isNotEmpty();
		for (InetAddress address : external) {
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(address, boltPort), 2000);
				}
			}).as("Bolt must not accept connections on %s", address).isInstanceOf(IOException.class);
		}
	}

}
