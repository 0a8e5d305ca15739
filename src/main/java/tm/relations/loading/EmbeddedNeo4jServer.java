package tm.relations.loading;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j running inside this JVM with its Bolt connector bound to the loopback interface
 * only, so that the service (and its tests) need nothing installed. The driver talks to
 * it over Bolt exactly as it would to an external server.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	private static final String LOOPBACK = "127.0.0.1";

	/**
	 * The settings this class sets itself, and the property that governs each: they
	 * cannot be given as {@link EmbeddedNeo4jProperties#settings()}.
	 */
	private static final Map<String, String> OWN_SETTINGS = Map.of(BoltConnector.enabled.name(), "(always on)",
			BoltConnector.listen_address.name(), "graph.embedded.bolt-port (the address is always 127.0.0.1)",
			BoltConnector.encryption_level.name(), "(loopback only, no TLS)", GraphDatabaseSettings.auth_enabled.name(),
			"(loopback only, no authentication)", GraphDatabaseSettings.transaction_timeout.name(),
			"graph.embedded.transaction-timeout");

	/**
	 * Defaults of this class that {@link EmbeddedNeo4jProperties#settings()} may
	 * override. Neo4j's Bolt server waits twice for 5 s of quiet on its Netty event loops
	 * when it stops, so every stop took 10 s more than its work (measured: 10.1 s against
	 * 0.2 s, with or without connections; Spring has closed the driver by then). The
	 * setting is internal to Neo4j, and a Neo4j that no longer knows it fails the start
	 * (strict validation), which the tests would show at the next upgrade.
	 */
	private static final Map<String, String> DEFAULT_SETTINGS = Map
		.of("internal.dbms.bolt.netty_server_shutdown_quiet_period_duration", "0s");

	private final DatabaseManagementService management;

	private final Path home;

	private final boolean temporaryHome;

	private final URI boltUri;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedNeo4jServer(DatabaseManagementService management, Path home, boolean temporaryHome) {
		this.management = management;
		this.home = home;
		this.temporaryHome = temporaryHome;
		GraphDatabaseAPI system = (GraphDatabaseAPI) management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		this.boltUri = URI.create("bolt://" + LOOPBACK + ":" + address.getPort());
	}

	/**
	 * Starts a server as the properties describe and waits until it accepts Bolt
	 * connections.
	 * @throws IllegalStateException when it cannot start (the Bolt port is taken, the
	 * store directory is unusable, ...); a temporary store is removed again
	 */
	public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
		return start(properties, Optional.empty());
	}

	/**
	 * Starts a server as {@link #start(EmbeddedNeo4jProperties)} does, on a store
	 * directory that first receives the image when it holds no data yet.
	 */
	public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties, Optional<StoreImage> image) {
		boolean temporary = properties.storeDirectory() == null;
		Path home;
		try {
			home = temporary ? Files.createTempDirectory("relations-neo4j-") : properties.storeDirectory();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create the embedded Neo4j store directory", ex);
		}
		try {
			image.ifPresent((storeImage) -> {
				if (storeImage.unpackInto(home)) {
					log.info("Store image unpacked into {} ({} scripts already applied)", home,
							storeImage.scriptCount());
				}
			});
			DatabaseManagementService management = new DatabaseManagementServiceBuilder(home)
				.setConfig(settings(withDefaults(properties.settings())))
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.build();
			EmbeddedNeo4jServer server;
			try {
				server = new EmbeddedNeo4jServer(management, home, temporary);
			}
			catch (RuntimeException ex) {
				management.shutdown();
				throw ex;
			}
			log.info("Embedded Neo4j started at {} (store {})", server.boltUri(), home);
			return server;
		}
		catch (RuntimeException ex) {
			if (temporary) {
				deleteRecursively(home);
			}
			throw new IllegalStateException("The embedded Neo4j could not start (Bolt " + LOOPBACK + ":"
					+ properties.boltPort() + ", store " + home + "): " + rootMessage(ex), ex);
		}
	}

	/**
	 * The further settings, read by Neo4j's own parser: the embedded API takes typed
	 * settings only, and {@link Config} is what reads {@code neo4j.conf}, so names and
	 * values mean here what they mean there, and a misspelt name fails the start (strict
	 * validation) instead of being ignored.
	 */
	private static Map<Setting<?>, Object> settings(Map<String, String> raw) {
		raw.keySet().stream().filter(OWN_SETTINGS::containsKey).sorted().findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException(
					"graph.embedded.settings may not set " + name + ": the service sets it; " + OWN_SETTINGS.get(name));
		});
		Config config;
		try {
			config = Config.newBuilder().setRaw(raw).build();
		}
		catch (IllegalArgumentException ex) {
			// Neo4j's own message names the setting and what is wrong with it; its cause
			// (which the start's message would otherwise show) names only the value.
			throw new IllegalArgumentException("graph.embedded.settings: " + ex.getMessage());
		}
		Map<Setting<?>, Object> settings = new HashMap<>();
		raw.keySet().forEach((name) -> {
			Setting<Object> setting = config.getSetting(name);
			settings.put(setting, config.get(setting));
		});
		return settings;
	}

	private static Map<String, String> withDefaults(Map<String, String> settings) {
		Map<String, String> all = new HashMap<>(DEFAULT_SETTINGS);
		all.putAll(settings);
		return all;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.toString();
	}

	/** The Bolt address the driver connects to, on the loopback interface. */
	public URI boltUri() {
		return this.boltUri;
	}

	/**
	 * Where the store lives: the configured directory, or a temporary one that
	 * {@link #close()} removes.
	 */
	public Path storeDirectory() {
		return this.home;
	}

	/** Stops the server (once; later calls do nothing) and removes a temporary store. */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.management.shutdown();
		log.info("Embedded Neo4j stopped");
		if (this.temporaryHome) {
			deleteRecursively(this.home);
		}
	}

	static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not remove the temporary Neo4j store {}", directory, ex);
		}
	}

}
