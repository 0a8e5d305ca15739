package tm.relations.loading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The store image as the build makes it (the same entry point, on the top-level
 * {@code cypher/} folder) against the graph this test run's service loaded with the
 * scripts: a store started from the image holds the same nodes, relationships and
 * properties, and the runner finds nothing left to apply.
 */
class StoreImageTests extends GraphApiTestSupport {

	@TempDir
	static Path folder;

	private static StoreImage image;

	private static List<CypherScript> scripts;

	@Autowired
	private GraphLoader loader;

	@BeforeAll
	static void buildTheImage() throws IOException {
		scripts = StoreImageBuild.readScripts(Path.of("cypher"));
		StoreImageBuild.main(new String[] { "cypher", folder.resolve("image").toString() });
		image = read(folder.resolve("image"));
	}

	private static StoreImage read(Path imageFolder) throws IOException {
		try (InputStream manifest = Files.newInputStream(imageFolder.resolve(StoreImage.MANIFEST));
				InputStream archive = Files.newInputStream(imageFolder.resolve(StoreImage.ARCHIVE))) {
			return StoreImage.read(manifest, archive);
		}
	}

	@Test
	void aStoreStartedFromTheImageHoldsTheGraphTheScriptsMake() {
		assertThat(image.builtFrom(scripts)).isTrue();
		assertThat(image.scriptCount()).isEqualTo(scripts.size());
		Path store = folder.resolve("unpacked");
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(
				new EmbeddedNeo4jProperties(true, 0, store, true, Duration.ofSeconds(30), Map.of()),
				Optional.of(image)); Driver fromImage = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			LoadReport report = new CypherScriptRunner(fromImage, SessionConfig.defaultConfig(), Duration.ofSeconds(20))
				.apply(scripts);
			assertThat(report.applied()).isEmpty();
			assertThat(report.graphVersion()).isEqualTo(this.loader.lastReport().graphVersion());

			List<String> nodes = contents(fromImage, NODES);
			assertThat(nodes).hasSizeGreaterThan(200).isEqualTo(contents(this.driver, NODES));
			List<String> relationships = contents(fromImage, RELATIONSHIPS);
			assertThat(relationships).hasSizeGreaterThan(500).isEqualTo(contents(this.driver, RELATIONSHIPS));
			assertThat(contents(fromImage, SCHEMA)).isEqualTo(contents(this.driver, SCHEMA));
		}
	}

	@Test
	void theBuildLeavesAnImageOfTheSameScriptsAsItIs() throws IOException {
		Path archive = folder.resolve("image").resolve(StoreImage.ARCHIVE);
		FileTime written = FileTime.fromMillis(0);
		Files.setLastModifiedTime(archive, written);
		StoreImageBuild.main(new String[] { "cypher", folder.resolve("image").toString() });
		assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
	}

	@Test
	void anImageOfOtherScriptsOrAnotherNeo4jIsNotUsed() {
		List<CypherScript> changed = new ArrayList<>(scripts);
		CypherScript last = changed.remove(changed.size() - 1);
		assertThat(image.builtFrom(changed)).as("a script fewer").isFalse();
		changed.add(new CypherScript(last.version(), last.description(), last.checksum() + "1", last.statements()));
		assertThat(image.builtFrom(changed)).as("a script changed").isFalse();

		Map<String, String> otherNeo4j = new HashMap<>(image.manifest());
		otherNeo4j.put("neo4j.version", "5.26.0");
		assertThat(new StoreImage(otherNeo4j, image.archive()).builtFrom(scripts)).isFalse();
	}

	@Test
	void aStoreThatHoldsDataIsLeftAsItIs() throws IOException {
		Path store = folder.resolve("in-use");
		Files.createDirectories(store.resolve("data"));
		Files.writeString(store.resolve("data").resolve("marker"), "mine");
		assertThat(image.unpackInto(store)).isFalse();
		try (var files = Files.list(store.resolve("data"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("marker");
		}
	}

	@Test
	void anArchiveEntryOutsideTheDataFolderIsRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("data/../../escaped"));
			zip.write(1);
			zip.closeEntry();
		}
		StoreImage hostile = new StoreImage(image.manifest(), bytes.toByteArray());
		assertThatIllegalStateException().isThrownBy(() -> hostile.unpackInto(folder.resolve("hostile")))
			.withMessageContaining("outside data/");
		assertThat(folder.resolve("escaped")).doesNotExist();
		assertThat(folder.resolve("hostile")).isEmptyDirectory();
	}

	@Test
	void aStartStoppedWhileUnpackingLeavesNoHalfStore() throws IOException {
		Path store = folder.resolve("interrupted");
		Path staging = store.resolve("data.unpacking");
		Files.createDirectories(staging.resolve("databases"));
		Files.writeString(staging.resolve("databases").resolve("half-written"), "partial");
		assertThat(image.unpackInto(store)).isTrue();
		assertThat(staging).doesNotExist();
		assertThat(store.resolve("data").resolve("databases").resolve("half-written")).doesNotExist();
		assertThat(store.resolve("data").resolve("databases").resolve("neo4j")).isDirectory();
	}

	private static final String BOOKKEEPING = "any(label IN labels(%s) WHERE label STARTS WITH '__Neo4jMigration')";

	private static final String NODES = "MATCH (n) WHERE NOT " + BOOKKEEPING.formatted("n")
			+ " RETURN labels(n) AS labels, properties(n) AS properties";

	private static final String RELATIONSHIPS = "MATCH (a)-[r]->(b) WHERE NOT " + BOOKKEEPING.formatted("a")
			+ " RETURN type(r) AS type, properties(r) AS properties, labels(a) AS fromLabels, properties(a) AS from,"
			+ " labels(b) AS toLabels, properties(b) AS to";

	private static final String SCHEMA = "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
			+ "RETURN name, type, labelsOrTypes, properties, state";

	/** Every row of a statement as text with its maps' keys sorted, the rows sorted. */
	private static List<String> contents(Driver driver, String cypher) {
		return driver.executableQuery(cypher)
			.execute()
			.records()
			.stream()
			.map((record) -> sorted(record.asMap()).toString())
			.sorted()
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> ordered = new TreeMap<>();
			map.forEach((key, item) -> ordered.put((String) key, sorted(item)));
			return ordered;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(StoreImageTests::sorted).toList();
		}
		return value;
	}

}
