package tm.relations.node;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entities of one kind, and one entity of a kind by its key, global id, name, ISO
 * code, acronym or alias: the lookups the feature entry points ({@code country(name:)},
 * {@code energyPartners(of:)}, {@code organisation(name:)}, {@code companies(country:)},
 * {@code pipeline(name:)}, {@code railways}, ...) share. The label always comes from the
 * calling code ({@link NodeTypes}), never from a request.
 */
@Repository
@Transactional(readOnly = true)
public class EntityLookup {

	/**
	 * The entities of a kind mentioned by {@code $asOf} (all when null), as {@code n} in
	 * name order. The dynamic label reads only the nodes of the kind, through the label
	 * lookup index; the {@code Entity} label is tested as {@code IN labels(n)}, since a
	 * label predicate made the planner scan every entity instead.
	 */
	private static final String OF_KIND = """
			MATCH (n:$($label))
			WHERE 'Entity' IN labels(n) AND ($asOf IS NULL OR $asOf IN coalesce(n.revisions, []))
			WITH n ORDER BY n.name, n.id
			""";

	/** The entities of {@link #OF_KIND}, in its order. */
	static final String ALL_OF_KIND = OF_KIND + "RETURN n";

	/**
	 * A page of {@link #OF_KIND}, in its order, and how many there are: sorted, then cut
	 * in the database, so that only the page is sent.
	 */
	static final String PAGE_OF_KIND = OF_KIND + """
			WITH collect(n) AS entities
			RETURN size(entities) AS totalCount, entities[$offset..($offset + $first)] AS page""";

	/**
	 * Which entity of a kind a request means: the one whose key, global id
	 * ({@code Country:japan}), name, ISO alpha-3 code or acronym ({@code OSCE}) equals
	 * the text (trimmed, case-insensitive), else the one with such an alias; ties by
	 * name, then key. One query part, ending in {@code RETURN n}, that reads the map
	 * parameter {@code $lookup} ({@link #lookup(String, String)}): run it alone, or
	 * inside {@code CALL () { ... }} of a larger statement.
	 * <p>
	 * Candidates come from indexes rather than from reading every entity. Keys are
	 * lower-case slugs, found by the key's unique index (the key part of a global id
	 * too); names, codes and acronyms by the range indexes on their lower-case copies
	 * ({@code nameKey}, {@code iso3Key}, {@code acronymKey}, written by
	 * {@code R__Derive_lookup_keys.cypher}). Only when none of those matches are aliases
	 * asked: an entity with an alias equal to the text holds the text's words in that
	 * order, so the full-text index {@code entity_names} finds it among the hits of the
	 * text as a phrase, and the exact condition keeps the same node a scan would. Only a
	 * text the index holds no word of (nothing but English stop words, which the analyzer
	 * drops, or no letter or digit) is looked up among the aliases by reading every
	 * entity ({@code scan}).
	 * <p>
	 * Until 2026-12-06 names went through the full-text phrase too, and every hit was
	 * read and compared: at the benchmark's x1000, "Germany" has a thousand hits
	 * ("Germany #7"), 9.8 ms of the nested country question's 10.4 ms statement.
	 */
	public static final String NAMED = """
			WITH toLower(trim($lookup.text)) AS wanted, toLower($lookup.label) + ':' AS prefix
			CALL (wanted, prefix) {
			  CALL (wanted, prefix) {
			    MATCH (n:Entity)
			    WHERE n.id IN [wanted, CASE WHEN wanted STARTS WITH prefix THEN substring(wanted, size(prefix)) END]
			    RETURN n
			    UNION
			    MATCH (n:Entity) WHERE n.nameKey = wanted
			    RETURN n
			    UNION
			    MATCH (n:Entity) WHERE n.iso3Key = wanted
			    RETURN n
			    UNION
			    MATCH (n:Entity) WHERE n.acronymKey = wanted
			    RETURN n
			  }
			  WITH n WHERE $lookup.label IN labels(n)
			  WITH n ORDER BY n.name, n.id
			  RETURN collect(n)[0] AS exact
			}
			CALL (wanted, exact) {
			  WITH wanted WHERE exact IS NULL
			  CALL () {
			    WITH $lookup AS lookup WHERE lookup.phrase IS NOT NULL
			    CALL db.index.fulltext.queryNodes('entity_names', lookup.phrase) YIELD node
			    RETURN node AS n
			    UNION
			    WITH $lookup AS lookup WHERE lookup.scan
			    MATCH (n:Entity)
			    RETURN n
			  }
			  WITH n WHERE $lookup.label IN labels(n) AND any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
			  WITH n ORDER BY n.name, n.id
			  RETURN collect(n)[0] AS byAlias
			}
			WITH coalesce(exact, byAlias) AS n
			WHERE n IS NOT NULL
			RETURN n""";

	/**
	 * The words the full-text analyzer ({@code standard-folding}) drops: Lucene's English
	 * stop words.
	 */
	static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
			"in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
			"these", "they", "this", "to", "was", "will", "with");

	private final Neo4jClient neo4j;

	EntityLookup(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The {@code $lookup} parameter of {@link #NAMED}.
	 * @param label the kind wanted, a graph label
	 * @param text what the request calls it (null or blank finds nothing)
	 * @return the parameter: {@code label}, {@code text}, the Lucene {@code phrase} of
	 * the text (null when the index holds no word of it) and whether to {@code scan}
	 */
	public static Map<String, Object> lookup(String label, String text) {
		String phrase = phrase(text);
		return KeyedRows.parameters("label", label, "text", text, "phrase", phrase, "scan",
				phrase == null && text != null && !text.isBlank());
	}

	/**
	 * Every entity with this label mentioned by the revision (every one when {@code asOf}
	 * is null).
	 */
	public List<GraphNode> all(String label, String asOf) {
		return nodes(ALL_OF_KIND, KeyedRows.parameters("label", label, "asOf", asOf));
	}

	/**
	 * A page of {@link #all}: {@code first} entities from {@code offset} on, and how many
	 * there are.
	 */
	public EntityPage page(String label, String asOf, int offset, int first) {
		return this.neo4j.query(PAGE_OF_KIND)
			.bindAll(KeyedRows.parameters("label", label, "asOf", asOf, "offset", offset, "first", first))
			.fetchAs(EntityPage.class)
			.mappedBy((types, row) -> new EntityPage(row.get("page").asList((node) -> GraphNode.of(node.asNode())),
					row.get("totalCount").asInt()))
			.one()
			.orElseThrow();
	}

	/** The entity with this label named so, or null. */
	public GraphNode named(String label, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return nodes(NAMED, KeyedRows.parameters("lookup", lookup(label, name))).stream().findFirst().orElse(null);
	}

	/**
	 * The text as a Lucene phrase for the full-text index; null when the analyzer would
	 * keep no word of it, so that the index cannot find it.
	 */
	static String phrase(String text) {
		if (text == null || !indexed(text)) {
			return null;
		}
		String trimmed = text.strip();
		return "\"" + trimmed.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * Whether the full-text analyzer keeps a word of the text: a run of letters and
	 * digits that, accents folded and lower-cased, is plain ASCII and no stop word. Words
	 * of other scripts are indexed too, but are not counted here: a text of nothing else
	 * is looked up by a scan, which is slower but cannot miss.
	 */
	static boolean indexed(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !STOP_WORDS.contains(word) && word.chars().allMatch((c) -> c < 128)) {
				return true;
			}
		}
		return false;
	}

	private List<GraphNode> nodes(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> GraphNode.of(row.get("n").asNode()))
			.all());
	}

}
