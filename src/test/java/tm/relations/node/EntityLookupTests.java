package tm.relations.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.neo4j.kernel.api.impl.schema.fulltext.analyzer.StandardFoldingAnalyzer;

import org.springframework.beans.factory.annotation.Autowired;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EntityLookup#NAMED} finds its candidates through the key, lookup-key and
 * full-text indexes instead of reading every entity. These tests hold it to the same
 * lookup done by reading every entity of the kind: the same node for every key, global
 * id, name, ISO code, acronym and alias in the graph, whatever the case and padding.
 */
class EntityLookupTests extends GraphApiTestSupport {

	private static final List<String> LABELS = List.of("Country", "Pipeline", "Railway", "Corridor", "Organisation",
			"Company");

	@Autowired
	private EntityLookup entities;

	@Test
	void findsTheNodeAScanFindsForEveryNameAliasCodeAndKey() {
		int compared = 0;
		for (String label : LABELS) {
			for (String text : texts(label)) {
				Map<String, Object> lookup = EntityLookup.lookup(label, text);
				assertThat(lookup.get("scan")).as("'%s' needs a scan", text).isEqualTo(!EntityLookup.indexed(text));
				GraphNode found = this.entities.named(label, text);
				assertThat(found).as("%s named '%s'", label, text).isNotNull();
				assertThat(found.key()).as("%s named '%s'", label, text).isEqualTo(scanned(label, text));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(500);
	}

	@Test
	void usesTheIndexesForCodesAliasesAndKeysAndScansOnlyForStopWords() {
		for (String text : List.of("JPN", "Nippon", "japan", "Country:japan", "Türkmenistan", "People's Republic")) {
			assertThat(EntityLookup.lookup("Country", text)).as(text).containsEntry("scan", false);
		}
		for (String text : List.of("The", "AND", "--", "Ánd", "Ашхабад")) {
			assertThat(EntityLookup.lookup("Country", text)).as(text).containsEntry("scan", true);
		}
		assertThat(EntityLookup.lookup("Country", " ")).containsEntry("scan", false).containsEntry("phrase", null);
		assertThat(EntityLookup.phrase("  Say \"ah\\\" ")).isEqualTo("\"Say \\\"ah\\\\\\\"\"");
	}

	@Test
	void findsByScanWhatTheIndexCannotHold() {
		assertThat(scanned("Country", "japan")).isEqualTo("japan");
		assertThat(scanned("Country", "Country:JAPAN")).isEqualTo("japan");
		assertThat(scanned("Country", "AND")).isNull();
	}

	@Test
	void countsAsIndexedOnlyTextsTheFullTextAnalyzerKeepsAWordOf() throws IOException {
		assertThat(EntityLookup.STOP_WORDS).containsExactlyInAnyOrderElementsOf(
				EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map((word) -> new String((char[]) word)).toList());
		List<String> texts = new ArrayList<>(List.of("and", "The", "it's", "a.n.d", "Ánd", "中国", "—", "150-km",
				"Korpeje–Kurt Kui", "Central Asiaâ€“China gas pipeline", "ｔｈｅ", "Ashgabat's", "Türkmenabat"));
		LABELS.forEach((label) -> texts.addAll(texts(label)));
		try (Analyzer analyzer = new StandardFoldingAnalyzer()) {
			for (String text : texts) {
				if (EntityLookup.indexed(text)) {
					assertThat(tokens(analyzer, text)).as("words the index keeps of '%s'", text).isNotEmpty();
				}
			}
		}
	}

	@Test
	void keysAreLowerCaseAsTheKeyIndexLookupAssumes() {
		try (var session = this.driver.session()) {
			int upperCase = session.executeRead((tx) -> tx.run("""
					MATCH (n:Entity) WHERE n.id <> toLower(n.id) RETURN count(n) AS n""").single().get("n").asInt());
			assertThat(upperCase).isZero();
		}
	}

	@Test
	void everyEntityCarriesTheLowerCaseKeysTheLookupSeeks() {
		try (var session = this.driver.session()) {
			var row = session.executeRead((tx) -> tx
				.run("""
						MATCH (n:Entity)
						RETURN count(n) AS entities,
						       count(CASE WHEN n.nameKey IS NOT NULL AND n.nameKey = toLower(n.name) THEN 1 END) AS named,
						       count(CASE WHEN n.name IS NOT NULL THEN 1 END) AS withName,
						       count(CASE WHEN n.iso3Key IS NOT NULL AND n.iso3Key = toLower(n.iso3) THEN 1 END) AS coded,
						       count(CASE WHEN n.iso3 IS NOT NULL THEN 1 END) AS withCode,
						       count(CASE WHEN n.acronymKey IS NOT NULL AND n.acronymKey = toLower(n.acronym) THEN 1 END)
						         AS abbreviated,
						       count(CASE WHEN n.acronym IS NOT NULL THEN 1 END) AS withAcronym,
						       count(CASE WHEN (n.name IS NULL) <> (n.nameKey IS NULL) OR (n.iso3 IS NULL) <> (n.iso3Key IS NULL)
						                        OR (n.acronym IS NULL) <> (n.acronymKey IS NULL) THEN 1 END) AS stray""")
				.single());
			assertThat(row.get("withName").asInt()).isEqualTo(row.get("entities").asInt());
			assertThat(row.get("named").asInt()).isEqualTo(row.get("withName").asInt());
			assertThat(row.get("withCode").asInt()).isGreaterThan(20);
			assertThat(row.get("coded").asInt()).isEqualTo(row.get("withCode").asInt());
			assertThat(row.get("withAcronym").asInt()).isPositive();
			assertThat(row.get("abbreviated").asInt()).isEqualTo(row.get("withAcronym").asInt());
			assertThat(row.get("stray").asInt()).isZero();
		}
	}

	@Test
	void seeksNamesAndCodesThroughTheirIndexesWithoutTheFullTextIndex() {
		try (var session = this.driver.session()) {
			List<String> seeks = new ArrayList<>();
			collectSeeks(
					session.executeRead(
							(tx) -> tx
								.run("EXPLAIN " + EntityLookup.NAMED,
										Map.of("lookup", EntityLookup.lookup("Country", "Germany")))
								.consume()
								.plan()),
					seeks);
			assertThat(seeks).anyMatch((seek) -> seek.contains("nameKey"))
				.anyMatch((seek) -> seek.contains("iso3Key"))
				.anyMatch((seek) -> seek.contains("acronymKey"))
				.anyMatch((seek) -> seek.contains("(id)"));
		}
		assertThat(this.entities.named("Country", " gErMaNy ").key()).isEqualTo("germany");
		assertThat(this.entities.named("Country", "deu").key()).isEqualTo("germany");
	}

	@Test
	void resolvesCountriesByGlobalIdAndAnyCaseButNotByStopWords() {
		this.graphQl.document("""
				{ globalId: country(name: "country:JAPAN") { id }
				  lowerIso: country(name: "jpn") { id }
				  upperAlias: country(name: "VATICAN") { id }
				  stopWords: country(name: "The") { id }
				  pipeline(name: "Pipeline:tapi-pipeline") { id } }""")
			.execute()
			.path("globalId.id")
			.entity(String.class)
			.isEqualTo("Country:japan")
			.path("lowerIso.id")
			.entity(String.class)
			.isEqualTo("Country:japan")
			.path("upperAlias.id")
			.entity(String.class)
			.isEqualTo("Country:holy-see")
			.path("stopWords")
			.valueIsNull()
			.path("pipeline.id")
			.entity(String.class)
			.isEqualTo("Pipeline:tapi-pipeline");
	}

	private List<String> texts(String label) {
		return EntityNames.of(this.driver, label);
	}

	/**
	 * The lookup done by reading every entity of the kind and comparing its own
	 * properties (not the derived lookup keys).
	 */
	private static final String SCAN = """
			MATCH (n:Entity)
			WHERE $label IN labels(n)
			WITH n, toLower(trim($text)) AS wanted
			WITH n, CASE WHEN toLower(n.id) = wanted OR toLower($label + ':' + n.id) = wanted
			                  OR toLower(n.name) = wanted OR toLower(n.iso3) = wanted OR toLower(n.acronym) = wanted THEN 0
			             WHEN any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted) THEN 1 END AS rank
			WHERE rank IS NOT NULL
			RETURN n
			ORDER BY rank, n.name, n.id
			LIMIT 1""";

	/** The key of the entity the same lookup finds by reading every entity; or null. */
	private String scanned(String label, String text) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(SCAN, Map.of("label", label, "text", text))
				.list()
				.stream()
				.map((row) -> row.get("n").get("id").asString())
				.findFirst()
				.orElse(null));
		}
	}

	/**
	 * The details of every index seek of the plan, e.g.
	 * {@code RANGE INDEX n:Entity(nameKey) ...}.
	 */
	private static void collectSeeks(org.neo4j.driver.summary.Plan plan, List<String> seeks) {
		if (plan.operatorType().contains("IndexSeek")) {
			seeks.add(String.valueOf(plan.arguments().get("Details")));
		}
		plan.children().forEach((child) -> collectSeeks(child, seeks));
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("name", text)) {
			var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
