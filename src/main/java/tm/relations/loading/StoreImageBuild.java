package tm.relations.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link StoreImage} when the service is built (Maven's
 * {@code process-classes} phase runs it): starts an embedded Neo4j on a store of its own,
 * applies the load scripts with the service's own runner, stops it and zips its data.
 * Does nothing when the image there was built from the same scripts and Neo4j version.
 * <p>
 * Arguments: the folder of the load scripts and the folder to write the image into.
 */
public final class StoreImageBuild {

	private StoreImageBuild() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Arguments: <load-script folder> <image folder>");
		}
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			// Logback without the service's configuration logs everything at DEBUG.
			root.setLevel(Level.INFO);
		}
		Path scriptFolder = Path.of(args[0]);
		Path imageFolder = Path.of(args[1]);
		List<CypherScript> scripts = readScripts(scriptFolder);
		Map<String, String> manifest = StoreImage.manifestOf(scripts);
		if (upToDate(imageFolder, scripts)) {
			System.out.println("Store image in " + imageFolder + " is up to date (" + scripts.size() + " scripts)");
			return;
		}
		long start = System.nanoTime();
		Path store = Files.createTempDirectory("relations-store-image-");
		try {
			build(store, scripts);
			StoreImage image = StoreImage.of(store, manifest);
			image.writeTo(imageFolder);
			System.out.printf("Store image of %d scripts written to %s (%,d bytes) in %d ms%n", scripts.size(),
					imageFolder, image.archive().length, (System.nanoTime() - start) / 1_000_000);
		}
		finally {
			EmbeddedNeo4jServer.deleteRecursively(store);
		}
	}

	/** Loads the scripts into a new store in {@code store} and stops Neo4j cleanly. */
	static void build(Path store, List<CypherScript> scripts) {
		// Without preallocation the transaction log holds what was written, not 256 MB.
		var properties = new EmbeddedNeo4jProperties(true, 0, store, false, Duration.ofMinutes(10),
				Map.of("db.tx_log.preallocate", "false", "dbms.usage_report.enabled", "false"));
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties);
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			new CypherScriptRunner(driver, SessionConfig.defaultConfig(), Duration.ofMinutes(2)).apply(scripts);
		}
	}

	static List<CypherScript> readScripts(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".cypher")).sorted().map((file) -> {
				try {
					return CypherScript.parse(file.getFileName().toString(),
							Files.readString(file, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
	}

	private static boolean upToDate(Path imageFolder, List<CypherScript> scripts) throws IOException {
		Path manifest = imageFolder.resolve(StoreImage.MANIFEST);
		Path archive = imageFolder.resolve(StoreImage.ARCHIVE);
		if (!Files.exists(manifest) || !Files.exists(archive)) {
			return false;
		}
		try (InputStream manifestIn = Files.newInputStream(manifest);
				InputStream archiveIn = InputStream.nullInputStream()) {
			return StoreImage.read(manifestIn, archiveIn).builtFrom(scripts);
		}
	}

}
