package tm.relations.loading;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's own life: a start that fails says why and leaves no temporary
 * store behind, and closing it (once or twice) removes its temporary store.
 */
class EmbeddedNeo4jServerTests {

	private static final Pattern STORE = Pattern.compile("store (\\S+)\\)");

	@Test
	void closingRemovesTheTemporaryStoreAndMayBeRepeated() {
		EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, 0, null, Duration.ofSeconds(30)));
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
				.start(new EmbeddedNeo4jProperties(true, port, null, Duration.ofSeconds(30))))
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

}
