package tm.relations.loading;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tm.relations.RelationsGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded Neo4j starts (and the scripts load) on a thread of their own while Spring
 * builds the application, begun by the main method's {@link EmbeddedGraphEarlyStart}:
 * failures still stop the start with their reason, and the server still stops, and its
 * temporary store goes, when the application stops.
 */
class EmbeddedGraphStartupTests {

	/** Runs the application as its main method does, with these arguments. */
	private static ConfigurableApplicationContext run(Map<String, Object> arguments) {
		Map<String, Object> all = new HashMap<>(Map.of("server.port", "0", "graph.http.version-check-interval", "0"));
		all.putAll(arguments);
		return new SpringApplicationBuilder(RelationsGraphApplication.class).listeners(new EmbeddedGraphEarlyStart())
			.run(all.entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	@Test
	void loadsBesideSpringAndRemovesTheTemporaryStoreWhenTheApplicationStops() {
		Path store;
		try (ConfigurableApplicationContext context = run(Map.of())) {
			EmbeddedNeo4jServer server = context.getBean(EmbeddedNeo4jServer.class);
			assertThat(context.getBean(EmbeddedGraphStartup.class)).as("begun by the early listener").isNotNull();
			assertThat(context.getBean(GraphLoader.class).lastReport().applied())
				.as("the loader reports the background run, which applied every script (a second run would apply none)")
				.hasSize(context.getBean(GraphLoader.class).scripts().size())
				.contains("V0001__Constraints", "R__Derive_provenance");
			store = server.storeDirectory();
			assertThat(store).isDirectory();
		}
		assertThat(store).doesNotExist();
	}

	@Test
	void withLoadingOffOnlyStartsTheServer() {
		try (ConfigurableApplicationContext context = run(Map.of("graph.load.enabled", "false"))) {
			assertThat(context.getBean(GraphLoader.class).lastReport()).isNull();
			assertThat(context.getBean(EmbeddedNeo4jServer.class).storeDirectory()).isDirectory();
		}
	}

	@Test
	void aNeo4jThatCannotStartStopsTheStartWithItsReason() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> run(Map.of("graph.embedded.bolt-port", port)).close())
				.hasStackTraceContaining("The embedded Neo4j could not start (Bolt 127.0.0.1:" + port);
		}
	}

	@Test
	void aFailingLoadScriptStopsTheStartAndTheEmbeddedNeo4j(@TempDir Path scripts) throws IOException {
		Files.writeString(scripts.resolve("V0001__Good.cypher"), "CREATE (:Good);\n");
		Files.writeString(scripts.resolve("V0002__Broken.cypher"), "RETURN 1/0;\n");
		int port = freePort();
		assertThatThrownBy(
				() -> run(Map.of("graph.embedded.bolt-port", port, "graph.load.locations", scripts.toUri().toString()))
					.close())
			.hasStackTraceContaining("Load script V0002__Broken failed and was rolled back");
		try (ServerSocket again = new ServerSocket()) {
			again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			assertThat(again.isBound()).as("the embedded Neo4j was stopped: its Bolt port is free").isTrue();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
	}

}
