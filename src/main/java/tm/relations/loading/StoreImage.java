package tm.relations.loading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.neo4j.kernel.internal.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The embedded store as the load scripts leave it, built once when the service is built
 * ({@link StoreImageBuild}) and unpacked into an empty store directory at start, so that
 * a fresh instance starts like a restart on a loaded store: the scripts' cost (most of an
 * empty-store start, README "Start time") is paid by the build instead of by every start.
 * <p>
 * An image is only used for the scripts it was built from: its manifest records the Neo4j
 * version and every script's name and checksum, and a start whose scripts differ in any
 * of them ignores the image and runs the scripts. The store it unpacks records the
 * scripts as applied (the runner's own records, written while building), so the runner
 * then finds nothing to do, exactly as on a restart.
 * <p>
 * Written by hand: Neo4j's dump and load ({@code neo4j-admin database dump}) are tools of
 * the server distribution, not of the embedded API; copying the data directory of a
 * cleanly stopped server is what Neo4j documents as an offline copy of a store.
 *
 * @param manifest what the image was built from: {@code neo4j.version} and one
 * {@code script.<name>} entry per script with its checksum
 * @param archive the zipped {@code data/} directory of the store
 */
public record StoreImage(Map<String, String> manifest, byte[] archive) {

	private static final Logger log = LoggerFactory.getLogger(StoreImage.class);

	/**
	 * Where the build puts the image (in the jar and beside the classes), on the class
	 * path.
	 */
	public static final String LOCATION = "store-image/";

	static final String MANIFEST = "manifest.properties";

	static final String ARCHIVE = "data.zip";

	private static final String DATA = "data";

	public StoreImage {
		manifest = Map.copyOf(manifest);
	}

	/** The manifest an image built now from these scripts would have. */
	public static Map<String, String> manifestOf(List<CypherScript> scripts) {
		Map<String, String> manifest = new TreeMap<>();
		manifest.put("neo4j.version", Version.getNeo4jVersion());
		scripts.forEach((script) -> manifest.put("script." + script.name(), script.checksum()));
		return manifest;
	}

	/** How many load scripts the image's store records as applied. */
	public long scriptCount() {
		return this.manifest.keySet().stream().filter((key) -> key.startsWith("script.")).count();
	}

	/** Whether this image holds the graph these scripts make, in this Neo4j version. */
	public boolean builtFrom(List<CypherScript> scripts) {
		return this.manifest.equals(manifestOf(scripts));
	}

	/**
	 * Copies the image into a store directory that holds no data yet.
	 * @return false when the directory already holds a store (it is left as it is)
	 */
	public boolean unpackInto(Path storeDirectory) {
		Path home = storeDirectory.toAbsolutePath().normalize();
		Path data = home.resolve(DATA);
		if (Files.exists(data)) {
			return false;
		}
		// Unpacked beside data/ and then renamed, so that a start stopped half-way leaves
		// no half store that the next start would take for a whole one.
		Path staging = home.resolve(DATA + ".unpacking");
		try {
			if (Files.exists(staging)) {
				EmbeddedNeo4jServer.deleteRecursively(staging);
			}
			Files.createDirectories(staging);
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(this.archive))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					Path inData = home.resolve(entry.getName()).normalize();
					if (!inData.startsWith(data)) {
						throw new IllegalStateException(
								"The store image holds an entry outside data/: " + entry.getName());
					}
					Path file = staging.resolve(data.relativize(inData));
					if (entry.isDirectory()) {
						Files.createDirectories(file);
					}
					else {
						Files.createDirectories(file.getParent());
						Files.copy(zip, file);
					}
				}
			}
			Files.move(staging, data, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the store image into " + storeDirectory, ex);
		}
		catch (RuntimeException ex) {
			EmbeddedNeo4jServer.deleteRecursively(staging);
			throw ex;
		}
		return true;
	}

	/**
	 * The image at {@link #LOCATION} on the class path, when there is one and it was
	 * built from these scripts; an image built from others is logged and ignored.
	 */
	public static Optional<StoreImage> find(ResourceLoader resources, List<CypherScript> scripts) {
		Resource manifest = resources.getResource("classpath:" + LOCATION + MANIFEST);
		Resource archive = resources.getResource("classpath:" + LOCATION + ARCHIVE);
		if (!manifest.exists() || !archive.exists()) {
			log.debug("No store image on the class path: the load scripts build the graph");
			return Optional.empty();
		}
		try (InputStream manifestIn = manifest.getInputStream(); InputStream archiveIn = archive.getInputStream()) {
			StoreImage image = read(manifestIn, archiveIn);
			if (!image.builtFrom(scripts)) {
				log.info("The store image was built from other load scripts or another Neo4j version: the scripts "
						+ "build the graph instead");
				return Optional.empty();
			}
			return Optional.of(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the store image at " + LOCATION, ex);
		}
	}

	/** Reads an image from its two parts. */
	public static StoreImage read(InputStream manifest, InputStream archive) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(new String(manifest.readAllBytes(), StandardCharsets.UTF_8)));
		Map<String, String> entries = properties.stringPropertyNames()
			.stream()
			.collect(Collectors.toMap((name) -> name, properties::getProperty));
		return new StoreImage(entries, archive.readAllBytes());
	}

	/** Writes the image's two parts into a directory. */
	public void writeTo(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.write(directory.resolve(ARCHIVE), this.archive);
		Properties properties = new Properties();
		properties.putAll(this.manifest);
		try (OutputStream out = Files.newOutputStream(directory.resolve(MANIFEST))) {
			properties.store(out, "The embedded store as these load scripts leave it (StoreImageBuild)");
		}
	}

	/**
	 * Zips the {@code data/} directory of a stopped store.
	 * @param manifest what the store was built from
	 */
	public static StoreImage of(Path storeDirectory, Map<String, String> manifest) throws IOException {
		Path home = storeDirectory.toAbsolutePath().normalize();
		var bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(home.resolve(DATA))) {
			for (Path file : files.sorted().toList()) {
				String name = home.relativize(file).toString().replace('\\', '/');
				if (Files.isDirectory(file)) {
					zip.putNextEntry(new ZipEntry(name + "/"));
				}
				else {
					zip.putNextEntry(new ZipEntry(name));
					Files.copy(file, zip);
				}
				zip.closeEntry();
			}
		}
		return new StoreImage(manifest, bytes.toByteArray());
	}

}
