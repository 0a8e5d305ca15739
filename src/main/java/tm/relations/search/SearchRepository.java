package tm.relations.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;

/**
 * Queries the full-text index {@code entity_names} (names, aliases, acronyms and ISO
 * codes of every entity, {@code standard-folding} analyzer) in one statement.
 */
@Repository
@Transactional(readOnly = true)
class SearchRepository {

	/**
	 * Hits of a Lucene query, best first, among entities with one of the given labels.
	 * The query text is a parameter: it never becomes part of the Cypher.
	 * {@code $candidates} is more than the hits asked for, so that an exact name ranked
	 * below longer names by the index can be moved up (see {@link SearchText#rank}).
	 */
	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
			WHERE any(label IN labels(node) WHERE label IN $labels)
			RETURN node, score
			ORDER BY score DESC, node.name
			LIMIT $candidates""";

	private final Neo4jClient neo4j;

	SearchRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** How many hits of the index are ranked again, at most. */
	static final int CANDIDATES = 100;

	/** The best hits for the text, each with the name it matched. */
	List<SearchHit> search(SearchText text, Collection<String> labels, int first) {
		String query = text.luceneQuery();
		if (query == null) {
			return List.of();
		}
		return this.neo4j.query(SEARCH)
			.bindAll(Map.of("query", query, "labels", List.copyOf(labels), "candidates", Math.max(first, CANDIDATES)))
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> text.rank(GraphNode.of(row.get("node").asNode()), row.get("score").asDouble()))
			.all()
			.stream()
			.sorted(Comparator.comparingDouble(SearchHit::score).reversed())
			.limit(first)
			.toList();
	}

}
