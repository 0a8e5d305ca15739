package tm.relations.loading;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's own life: a start that fails says why and leaves no temporary
 * store behind, closing it (once or twice) removes its temporary store, and further
 * settings reach it or fail the start.
 */
class EmbeddedNeo4jServerTests {

	private static final Pattern STORE = Pattern.compile("store (\\S+)\\)");

	@Test
	void closingRemovesTheTemporaryStoreAndMayBeRepeated() {
		EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, 0, null, false, Duration.ofSeconds(30), Map.of()));
		Path store = server.storeDirectory();
		assertThat(store).isDirectory();
		server.close();
		assertThat(store).doesNotExist();
		server.close();
	}

	@Test
	void aStartThatFailsSaysWhyAndLeavesNoTemporaryStore() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> EmbeddedNeo4jServer
				.start(new EmbeddedNeo4jProperties(true, port, null, false, Duration.ofSeconds(30), Map.of())))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("The embedded Neo4j could not start (Bolt 127.0.0.1:" + port)
				.hasMessageContaining("already in use")
				.satisfies((ex) -> {
					Matcher store = STORE.matcher(ex.getMessage());
					assertThat(store.find()).as("the message names the store").isTrue();
					assertThat(Path.of(store.group(1))).as("the temporary store of the failed start").doesNotExist();
				});
		}
	}

	@Test
	void furtherSettingsReachTheServer() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, 0, null, false, Duration.ofSeconds(30),
					Map.of("server.memory.pagecache.size", "16m", "dbms.usage_report.enabled", "false")));
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
				Session session = driver.session()) {
			Map<String, Object> values = session
				.run("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN collect([name, value]) AS pairs",
						Map.of("names",
								List.of("server.memory.pagecache.size", "dbms.usage_report.enabled",
										"db.transaction.timeout")))
				.single()
				.get("pairs")
				.asList((pair) -> pair.asList((v) -> v.asString()))
				.stream()
				.collect(Collectors.toMap((pair) -> pair.get(0), (pair) -> pair.get(1)));
			assertThat(values).containsEntry("dbms.usage_report.enabled", "false")
				.containsEntry("db.transaction.timeout", "30s")
				.hasEntrySatisfying("server.memory.pagecache.size",
						(size) -> assertThat(size).isIn("16m", "16.00MiB", "16777216"));
		}
	}

	@Test
	void aSettingNeo4jDoesNotKnowFailsTheStart() {
		startWith("server.memory.pagecache.sise", "16m").hasMessageContaining("The embedded Neo4j could not start")
			.hasMessageContaining("server.memory.pagecache.sise");
	}

	@Test
	void aValueNeo4jCannotReadFailsTheStart() {
		startWith("server.memory.pagecache.size", "lots").hasMessageContaining("server.memory.pagecache.size")
			.hasMessageContaining("'lots' is not a valid size");
	}

	@Test
	void aSettingTheServiceOwnsIsRefusedWithThePropertyToUse() {
		startWith("db.transaction.timeout", "5s")
			.hasMessageContaining("graph.embedded.settings may not set db.transaction.timeout")
			.hasMessageContaining("graph.embedded.transaction-timeout");
	}

	/** A start with one further setting, which must fail and leave no store behind. */
	private AbstractThrowableAssert<?, ? extends Throwable> startWith(String name, String value) {
		return assertThatThrownBy(() -> EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, 0, null, false, Duration.ofSeconds(30), Map.of(name, value))))
			.isInstanceOf(IllegalStateException.class)
			.satisfies(this::leftNoTemporaryStore);
	}

	private void leftNoTemporaryStore(Throwable ex) {
		Matcher store = STORE.matcher(ex.getMessage());
		assertThat(store.find()).as("the message names the store").isTrue();
		assertThat(Path.of(store.group(1))).as("the temporary store of the failed start").doesNotExist();
	}

}
