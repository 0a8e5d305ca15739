package tm.relations.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Grows the loaded graph to a scale factor by cloning it: copy {@code k} of every node
 * and relationship of the real graph (as the load scripts left it) is created under new
 * ids ({@code japan-copy7}, {@code mission.japan.embassy-copy7}) with the same labels,
 * relationship types and properties, provenance included (revisions and the very quotes
 * of the original). Scale factor {@code n} means the originals plus {@code n - 1} copies.
 * <p>
 * What is not cloned is the core every counterpart relates to: Turkmenistan and the
 * places that lie in it (Ashgabat, the Turkmen railway stations). A copy of a fact that
 * touches the core touches the real core node, so Turkmenistan gains {@code n} times the
 * counterparts, missions, companies, pipelines (with routes through Turkmen stops),
 * memberships and diff entries, while each copied country keeps the size of its original.
 * Names, aliases, ISO codes and acronyms get a suffix ({@code Japan #7}, {@code JPN7}),
 * so that a lookup by name or code still finds exactly one node (their lower-case lookup
 * keys, {@code nameKey} and the others, are written again from the new values); any
 * property whose value is the id or key of a cloned node ({@code via}, {@code railway},
 * {@code at}, {@code railheads} ...) points at the same copy's node.
 * <p>
 * The clones are written through Cypher in {@code UNWIND} batches: each row names its
 * original by element id and the database copies the original's properties itself
 * ({@code SET c = properties(o), c += row.changes}), so only ids and the few changed
 * values travel over Bolt. A clone gets its labels after its new id and key, so that the
 * uniqueness constraints never see the original's. Copies are added incrementally:
 * growing from x10 to x100 adds copies 10 to 99 only.
 */
final class SyntheticGraph {

	/** Rows per write transaction. */
	private static final int BATCH = 10_000;

	private static final Set<String> BOOKKEEPING = Set.of("__Neo4jMigration", "__Neo4jMigrationsLock");

	/** The core that is not cloned (see the class comment). */
	private static final String CORE = """
			MATCH (tkm:Entity:Country {id: 'turkmenistan'})
			OPTIONAL MATCH (place:Entity)-[:LOCATED_IN]->{1,3}(tkm)
			WHERE place:City OR place:Region
			WITH tkm, collect(DISTINCT elementId(place)) AS places
			RETURN [elementId(tkm)] + places AS core""";

	private static final String NODES = """
			MATCH (n)
			WHERE NOT any(label IN labels(n) WHERE label IN $bookkeeping)
			RETURN elementId(n) AS eid, labels(n) AS labels, n.id AS id, n.key AS key, n.factKey AS factKey,
			       n.name AS name, n.aliases AS aliases, n.iso3 AS iso3, n.acronym AS acronym,
			       [k IN keys(n) WHERE NOT k IN $own | [k, n[k]]] AS references""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE NOT any(label IN labels(a) + labels(b) WHERE label IN $bookkeeping)
			RETURN elementId(r) AS eid, type(r) AS type, elementId(a) AS a, elementId(b) AS b, r.key AS key,
			       r.factKey AS factKey, [k IN keys(r) WHERE NOT k IN $own | [k, r[k]]] AS references""";

	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			MATCH (o) WHERE elementId(o) = row.o
			CREATE (c)
			SET c = properties(o), c += row.changes
			SET c.nameKey = toLower(c.name), c.iso3Key = toLower(c.iso3), c.acronymKey = toLower(c.acronym)
			SET c:$(row.labels)
			RETURN row.i AS i, elementId(c) AS eid""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH ()-[o]->() WHERE elementId(o) = row.o
			MATCH (a) WHERE elementId(a) = row.a
			MATCH (b) WHERE elementId(b) = row.b
			CREATE (a)-[c:$(row.type)]->(b)
			SET c = properties(o), c += row.changes""";

	/**
	 * Properties handled one by one; every other string (or string list) property is
	 * checked for references to cloned ids and keys.
	 */
	private static final List<String> OWN = List.of("id", "key", "factKey", "name", "aliases", "iso3", "acronym",
			"nameKey", "iso3Key", "acronymKey", "quotes", "revisions", "context", "citation", "current", "dubious");

	private final Driver driver;

	private final List<NodeTemplate> nodes = new ArrayList<>();

	private final List<RelationshipTemplate> relationships = new ArrayList<>();

	private final Set<String> clonedNames = new HashSet<>();

	private int copies = 1;

	private SyntheticGraph(Driver driver) {
		this.driver = driver;
	}

	/** Reads the real graph (scale x1) as the template of every copy. */
	static SyntheticGraph of(Driver driver) {
		SyntheticGraph graph = new SyntheticGraph(driver);
		graph.readTemplate();
		return graph;
	}

	/** The scale factor the graph has now. */
	int scale() {
		return this.copies;
	}

	/** Nodes and relationships of one copy. */
	String templateSize() {
		return this.nodes.size() + " nodes, " + this.relationships.size() + " relationships per copy ("
				+ this.nodes.stream().filter(NodeTemplate::core).count() + " core nodes not cloned)";
	}

	/**
	 * Adds copies until the graph has {@code scale} of them (the originals count as one).
	 * @return how long it took
	 */
	Duration growTo(int scale) {
		long started = System.nanoTime();
		int copy = this.copies;
		while (copy < scale) {
			int to = Math.min(scale, copy + copiesPerRound());
			addCopies(copy, to);
			copy = to;
		}
		this.copies = Math.max(this.copies, scale);
		try (Session session = this.driver.session()) {
			session.run("CALL db.awaitIndexes(600)").consume();
			session.run("CALL db.resampleOutdatedIndexes()").consume();
			session.run("CALL db.clearQueryCaches()").consume();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** Counts of the whole graph, bookkeeping left out. */
	Map<String, Long> size() {
		try (Session session = this.driver.session()) {
			Record row = session.run("""
					CALL () { MATCH (n) RETURN count(n) AS nodes }
					CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL () { MATCH (c:Country) RETURN count(c) AS countries }
					RETURN nodes, relationships, countries""").single();
			Map<String, Long> size = new LinkedHashMap<>();
			size.put("nodes", row.get("nodes").asLong());
			size.put("relationships", row.get("relationships").asLong());
			size.put("countries", row.get("countries").asLong());
			return size;
		}
	}

	private int copiesPerRound() {
		// Enough rows per round to fill a few batches, few enough to keep the id maps
		// small.
		return Math.max(1, 4 * BATCH / Math.max(1, this.relationships.size()));
	}

	private void readTemplate() {
		try (Session session = this.driver.session()) {
			Set<String> core = new HashSet<>(session.run(CORE).single().get("core").asList(Value::asString));
			Map<String, Object> parameters = Map.of("bookkeeping", List.copyOf(BOOKKEEPING), "own", OWN);
			for (Record row : session.run(NODES, parameters).list()) {
				NodeTemplate node = new NodeTemplate(row.get("eid").asString(),
						row.get("labels").asList(Value::asString), core.contains(row.get("eid").asString()),
						text(row, "id"), text(row, "key"), text(row, "factKey"), text(row, "name"),
						row.get("aliases").isNull() ? null : row.get("aliases").asList(Value::asString),
						text(row, "iso3"), text(row, "acronym"), references(row));
				this.nodes.add(node);
				if (!node.core()) {
					if (node.id() != null) {
						this.clonedNames.add(node.id());
					}
					if (node.key() != null) {
						this.clonedNames.add(node.key());
					}
				}
			}
			Map<String, Boolean> coreByElementId = new HashMap<>();
			this.nodes.forEach((node) -> coreByElementId.put(node.elementId(), node.core()));
			for (Record row : session.run(RELATIONSHIPS, parameters).list()) {
				String a = row.get("a").asString();
				String b = row.get("b").asString();
				if (coreByElementId.getOrDefault(a, true) && coreByElementId.getOrDefault(b, true)) {
					continue;
				}
				this.relationships.add(new RelationshipTemplate(row.get("eid").asString(), row.get("type").asString(),
						a, b, text(row, "key"), text(row, "factKey"), references(row)));
			}
		}
	}

	private static String text(Record row, String field) {
		Value value = row.get(field);
		return value.isNull() ? null : value.asString();
	}

	private static Map<String, Object> references(Record row) {
		Map<String, Object> references = new LinkedHashMap<>();
		for (Value pair : row.get("references").values()) {
			references.put(pair.get(0).asString(), pair.get(1).asObject());
		}
		return references;
	}

	/** Creates copies {@code from} (inclusive) to {@code to} (exclusive). */
	private void addCopies(int from, int to) {
		Map<String, String> cloneOf = new HashMap<>();
		List<Map<String, Object>> nodeRows = new ArrayList<>();
		List<String> rowKeys = new ArrayList<>();
		for (int copy = from; copy < to; copy++) {
			for (NodeTemplate node : this.nodes) {
				if (node.core()) {
					continue;
				}
				Map<String, Object> row = new HashMap<>();
				row.put("i", nodeRows.size());
				row.put("o", node.elementId());
				row.put("labels", node.labels());
				row.put("changes", node.changes(copy, this.clonedNames));
				nodeRows.add(row);
				rowKeys.add(copy + "/" + node.elementId());
			}
		}
		try (Session session = this.driver.session()) {
			for (int start = 0; start < nodeRows.size(); start += BATCH) {
				List<Map<String, Object>> batch = nodeRows.subList(start, Math.min(nodeRows.size(), start + BATCH));
				List<Record> created = session.executeWrite((tx) -> tx.run(CREATE_NODES, Map.of("rows", batch)).list());
				for (Record row : created) {
					cloneOf.put(rowKeys.get(row.get("i").asInt()), row.get("eid").asString());
				}
			}
			List<Map<String, Object>> relationshipRows = new ArrayList<>();
			for (int copy = from; copy < to; copy++) {
				for (RelationshipTemplate relationship : this.relationships) {
					Map<String, Object> row = new HashMap<>();
					row.put("o", relationship.elementId());
					row.put("type", relationship.type());
					row.put("a", cloneOf.getOrDefault(copy + "/" + relationship.a(), relationship.a()));
					row.put("b", cloneOf.getOrDefault(copy + "/" + relationship.b(), relationship.b()));
					row.put("changes", relationship.changes(copy, this.clonedNames));
					relationshipRows.add(row);
				}
			}
			for (int start = 0; start < relationshipRows.size(); start += BATCH) {
				List<Map<String, Object>> batch = relationshipRows.subList(start,
						Math.min(relationshipRows.size(), start + BATCH));
				session
					.executeWriteWithoutResult((tx) -> tx.run(CREATE_RELATIONSHIPS, Map.of("rows", batch)).consume());
			}
		}
	}

	static String suffix(int copy) {
		return "-copy" + copy;
	}

	/**
	 * Remaps ids and keys of cloned nodes in a property value; other values as they are.
	 */
	private static Object remap(Object value, int copy, Set<String> cloned) {
		if (value instanceof String text && cloned.contains(text)) {
			return text + suffix(copy);
		}
		if (value instanceof List<?> list
				&& list.stream().anyMatch((item) -> item instanceof String s && cloned.contains(s))) {
			return list.stream()
				.map((item) -> (item instanceof String s && cloned.contains(s)) ? s + suffix(copy) : item)
				.toList();
		}
		return null;
	}

	private static void remapReferences(Map<String, Object> references, int copy, Set<String> cloned,
			Map<String, Object> changes) {
		references.forEach((name, value) -> {
			Object remapped = remap(value, copy, cloned);
			if (remapped != null) {
				changes.put(name, remapped);
			}
		});
	}

	private record NodeTemplate(String elementId, List<String> labels, boolean core, String id, String key,
			String factKey, String name, List<String> aliases, String iso3, String acronym,
			Map<String, Object> references) {

		Map<String, Object> changes(int copy, Set<String> cloned) {
			Map<String, Object> changes = new HashMap<>();
			String suffix = suffix(copy);
			if (this.id != null) {
				changes.put("id", this.id + suffix);
			}
			if (this.key != null) {
				changes.put("key", this.key + suffix);
			}
			if (this.factKey != null) {
				changes.put("factKey", this.factKey + suffix);
			}
			if (this.name != null) {
				changes.put("name", this.name + " #" + copy);
			}
			if (this.aliases != null) {
				changes.put("aliases", this.aliases.stream().map((alias) -> alias + " #" + copy).toList());
			}
			if (this.iso3 != null) {
				changes.put("iso3", this.iso3 + copy);
			}
			if (this.acronym != null) {
				changes.put("acronym", this.acronym + copy);
			}
			remapReferences(this.references, copy, cloned, changes);
			return changes;
		}

	}

	private record RelationshipTemplate(String elementId, String type, String a, String b, String key, String factKey,
			Map<String, Object> references) {

		Map<String, Object> changes(int copy, Set<String> cloned) {
			Map<String, Object> changes = new HashMap<>();
			String suffix = suffix(copy);
			if (this.key != null) {
				changes.put("key", this.key + suffix);
			}
			if (this.factKey != null) {
				changes.put("factKey", this.factKey + suffix);
			}
			remapReferences(this.references, copy, cloned, changes);
			return changes;
		}

	}

}
