package tm.relations.path;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.node.LinkKind;
import tm.relations.node.NodeId;
import tm.relations.node.NodeTypes;
import tm.relations.node.StatementShapes;
import tm.relations.web.BadRequestException;
import tm.relations.web.GraphLimitsProperties;
import tm.relations.web.NotFoundException;

/**
 * Finds paths between two nodes. Each query is one statement, which resolves both
 * endpoints ({@link #ENDPOINTS}) and searches between them. Every request value is a
 * parameter; the relationship types too, as lists compared with {@code type(r)}, and
 * besides in the pattern as the filter's type expression (names from the graph model
 * only, never request text), so that the database expands only those types.
 */
@Repository
@Transactional(readOnly = true)
class PathRepository {

	/**
	 * The relationships a path follows: facts with provenance, never dubious, stated by
	 * {@code $asOf} (any revision when null), of the types of {@link LinkFilter}.
	 */
	static final String FOLLOWED = """
			r.revisions IS NOT NULL AND NOT coalesce(r.dubious, false)
			  AND ($asOf IS NULL OR $asOf IN r.revisions)
			  AND (type(r) IN $types OR any(label IN labels(startNode(r)) WHERE type(r) + ':' + label IN $typedStarts))""";

	/**
	 * The nodes a path may pass through: entities and fact nodes, but not placeholders (a
	 * counterpart the text does not name links unrelated facts) nor the attribute nodes
	 * (statuses, names, statistics) of a single entity.
	 */
	static final String PASSABLE = "(x:Entity OR x:Fact) AND NOT (x:Placeholder OR x:Status OR x:Name OR x:Statistic)";

	/**
	 * The first candidates of an endpoint, in both ways of finding them: given as a
	 * global id, the entity or fact node of that label and key (rank 0).
	 */
	private static final String BY_GLOBAL_ID = """
			MATCH (n:Entity {id: endpoint.key})
			WHERE endpoint.label IN labels(n)
			RETURN n, 0 AS rank
			UNION
			MATCH (n:Fact {key: endpoint.key})
			WHERE endpoint.label IN labels(n)
			RETURN n, 0 AS rank
			UNION
			""";

	/**
	 * The candidates of {@code endpoint} found by reading every entity: by global id
	 * (rank 0), else an entity by key or name (rank 1), else by ISO code, acronym or
	 * alias (rank 2), case-insensitive. Asked only for an endpoint
	 * {@link #INDEXED_CANDIDATES} finds nothing for (unknown, or a text the index cannot
	 * search for, such as stop words only).
	 */
	private static final String SCANNED_CANDIDATES = BY_GLOBAL_ID + """
			MATCH (n:Entity)
			WHERE endpoint.label IS NULL AND (toLower(n.id) = endpoint.wanted OR toLower(n.name) = endpoint.wanted)
			RETURN n, 1 AS rank
			UNION
			MATCH (n:Entity)
			WHERE endpoint.label IS NULL
			  AND (toLower(n.iso3) = endpoint.wanted OR toLower(n.acronym) = endpoint.wanted
			       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = endpoint.wanted))
			RETURN n, 2 AS rank""";

	/**
	 * The same candidates as {@link #SCANNED_CANDIDATES}, found through indexes rather
	 * than by reading every entity: an entity whose name, alias, acronym or ISO code
	 * equals the text (case aside) holds the text's words in that order, so the full-text
	 * index finds it among the hits of the text as a phrase ({@code endpoint.phrase}),
	 * and one whose key equals it (keys are lower-case slugs) is found by the key's
	 * unique index. The exact conditions then keep the same nodes with the same ranks.
	 * The scan cost a path query time in proportion to the whole graph (the benchmark's
	 * shortest path at x100 spent nine tenths of its time there).
	 */
	private static final String INDEXED_CANDIDATES = BY_GLOBAL_ID + """
			CALL (endpoint) {
			  WITH endpoint WHERE endpoint.label IS NULL AND endpoint.phrase IS NOT NULL
			  CALL db.index.fulltext.queryNodes('entity_names', endpoint.phrase) YIELD node
			  RETURN node AS n
			  UNION
			  WITH endpoint WHERE endpoint.label IS NULL
			  MATCH (n:Entity {id: endpoint.wanted})
			  RETURN n
			}
			WITH endpoint, n
			WHERE n:Entity
			  AND (toLower(n.id) = endpoint.wanted OR toLower(n.name) = endpoint.wanted
			       OR toLower(n.iso3) = endpoint.wanted OR toLower(n.acronym) = endpoint.wanted
			       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = endpoint.wanted))
			RETURN n, CASE WHEN toLower(n.id) = endpoint.wanted OR toLower(n.name) = endpoint.wanted THEN 1 ELSE 2 END
			       AS rank""";

	/**
	 * The head of both path statements: what each endpoint of {@code $endpoints} (from,
	 * then to) means, in the statement that searches (a second statement cost a path
	 * question about as much as the search: a transaction, Bolt messages on both sides;
	 * docs/performance.md, fifteenth round).
	 * <ol>
	 * <li>The candidates of each endpoint as {@link #INDEXED_CANDIDATES} finds them, and
	 * as {@link #SCANNED_CANDIDATES} does for an endpoint those find none for, in order
	 * of endpoint, rank and name: {@code candidates}, from which {@link #resolved}
	 * picks.</li>
	 * <li>The node each endpoint means ({@code start}, {@code end}), chosen by the rule
	 * {@link #pick} applies: the first candidate, when no other candidate of the same
	 * rank is another node; null otherwise. The search follows only when both are known
	 * and differ; the service reads its errors (unknown, ambiguous, the same node) from
	 * the candidates.</li>
	 * </ol>
	 */
	private static final String ENDPOINTS = """
			UNWIND $endpoints AS endpoint
			CALL (endpoint) {
			  CALL (endpoint) {
			%s
			  }
			  RETURN collect({n: n, rank: rank}) AS indexed
			}
			CALL (endpoint, indexed) {
			  UNWIND indexed AS candidate
			  RETURN candidate.n AS n, candidate.rank AS rank
			  UNION
			  WITH endpoint WHERE size(indexed) = 0
			  CALL (endpoint) {
			%s
			  }
			  RETURN n, rank
			}
			WITH endpoint.input AS input, n, elementId(n) AS elementId, rank
			ORDER BY input, rank, n.name
			WITH collect({input: input, n: n, elementId: elementId, rank: rank}) AS candidates
			WITH candidates, [c IN candidates WHERE c.input = $endpoints[0].input] AS fromCandidates,
			     [c IN candidates WHERE c.input = $endpoints[1].input] AS toCandidates
			WITH candidates,
			     CASE WHEN all(c IN fromCandidates WHERE c.rank > fromCandidates[0].rank
			                                          OR c.elementId = fromCandidates[0].elementId)
			          THEN fromCandidates[0].n END AS start,
			     CASE WHEN all(c IN toCandidates WHERE c.rank > toCandidates[0].rank
			                                        OR c.elementId = toCandidates[0].elementId)
			          THEN toCandidates[0].n END AS end
			WITH candidates, start, end, start IS NOT NULL AND end IS NOT NULL AND start <> end AS known
			""".formatted(INDEXED_CANDIDATES.indent(2), SCANNED_CANDIDATES.indent(2));

	/**
	 * The endpoints ({@link #ENDPOINTS}), then all shortest paths of at most
	 * {@code $maxHops} hops between them: a breadth-first search in the database, which
	 * stops at the first length that reaches the end. {@code TYPES} is replaced by the
	 * filter's {@link LinkFilter#typeExpression()}. Ordered as {@link PathEnumerator}
	 * orders paths (step by step: relationship type, the name of the node it leads to,
	 * its key), so that the answer does not depend on the plan and equals the first paths
	 * {@code paths} gives.
	 */
	static final String SHORTEST_PATHS = "CYPHER 25\n" + ENDPOINTS
			+ """
					CALL (start, end, known) {
					  WITH start, end WHERE known
					  MATCH p = ALL SHORTEST (start) (()-[r:TYPES WHERE %s]-(x WHERE x = end OR (%s)))+ (end)
					  WHERE length(p) <= $maxHops
					  WITH p
					  ORDER BY [i IN range(0, length(p) - 1) |
					             [type(relationships(p)[i]),
					              coalesce(nodes(p)[i + 1].name, nodes(p)[i + 1].value, nodes(p)[i + 1].id, nodes(p)[i + 1].key),
					              coalesce(relationships(p)[i].key, elementId(relationships(p)[i]))]]
					  LIMIT $limit
					  RETURN collect(p) AS paths
					}
					RETURN candidates, elementId(start) AS start, elementId(end) AS end, paths"""
				.formatted(FOLLOWED, PASSABLE);

	/**
	 * The neighbourhood that every path of at most {@code $maxHops} hops between the
	 * endpoints lies in, and the followed relationships between its nodes.
	 * <p>
	 * It is found from one endpoint, the centre, outwards without passing through the
	 * other: a path visits no node twice, so every node of a path but the far endpoint
	 * lies within {@code $maxHops - 1} hops of the centre on ways that avoid the far
	 * endpoint. The far endpoint's own relationships to the neighbourhood are read once
	 * ({@code fromOther}), node by node of the neighbourhood, so that a hub's are not all
	 * read. The centre is the endpoint with fewer relationships of the types followed
	 * (the end on a tie): not expanding beyond the other keeps a hub (Turkmenistan, with
	 * its hundreds of facts; a thousand times more at x1000 of the benchmark) from
	 * pulling its whole neighbourhood into the search, whichever end of the paths it is
	 * at. Both expansions are written out, each kept or dropped by the comparison, so
	 * that the endpoint to avoid is fixed in each.
	 * <p>
	 * The expansion is breadth-first with one visit per node (the planner's pruning
	 * variable-length expand), which needs conditions it can check on each relationship:
	 * the far endpoint is avoided by comparing each relationship's nodes with its element
	 * id ({@code fromId}, {@code toId}: a parameter until the fifteenth round, a value
	 * the head computed since, which keeps the pruning expand in the plan). (A condition
	 * on the path's nodes, or a comparison with the node itself, made the planner
	 * enumerate every path instead: the test of a rarely linked pair ran past the
	 * transaction timeout.) Variable-length bounds cannot be parameters, so the statement
	 * is written once per bound at startup, for each {@code maxHops} from 1 to the
	 * configured {@code graph.paths.max-hops}, and a request uses the one of its
	 * {@code maxHops}: the expansion stops at the distance asked for rather than at the
	 * configured limit (the benchmark showed that expanding to six hops for a four-hop
	 * question cost most of its time on a larger graph). {@code TYPES} is replaced as in
	 * {@link #SHORTEST_PATHS}.
	 * <p>
	 * It starts with {@link #ENDPOINTS}, and searches only when both are known. A
	 * neighbourhood of more than {@code $maxNeighbourhood} nodes is not read: the
	 * expansion stops at the first node over, and {@code ball} is null. Around a hub
	 * every endpoint's neighbourhood is large: at the benchmark's x1000, two hops from
	 * Georgia over every kind of link hold 153,000 nodes, three hops nearly the whole
	 * graph, and reading them ran past the transaction timeout after 10 s.
	 */
	private static final String NEIGHBOURHOOD = ENDPOINTS
			+ """
					WITH candidates, start, end, known, elementId(start) AS fromId, elementId(end) AS toId
					OPTIONAL CALL (start, end, known, fromId, toId) {
					  WITH start, end, fromId, toId WHERE known
					  WITH start, end, fromId, toId, COUNT { (start)-[:TYPES]-() } < COUNT { (end)-[:TYPES]-() } AS aroundStart
					  CALL (start, end, aroundStart, fromId, toId) {
					    WITH start WHERE aroundStart
					    MATCH (start)-[rs:TYPES*0..%1$d]-(n)
					    WHERE all(r IN rs WHERE (%2$s) AND elementId(startNode(r)) <> toId AND elementId(endNode(r)) <> toId)
					    RETURN DISTINCT n LIMIT $maxNeighbourhood + 1
					    UNION
					    WITH end WHERE NOT aroundStart
					    MATCH (end)-[rs:TYPES*0..%1$d]-(n)
					    WHERE all(r IN rs WHERE (%2$s) AND elementId(startNode(r)) <> fromId AND elementId(endNode(r)) <> fromId)
					    RETURN DISTINCT n LIMIT $maxNeighbourhood + 1
					  }
					  WITH CASE WHEN aroundStart THEN end ELSE start END AS other, collect(n) AS around
					  WHERE size(around) <= $maxNeighbourhood
					  CALL (around) {
					    UNWIND around AS u
					    MATCH (u)-[r:TYPES]->(v)
					    WHERE (%2$s) AND v IN around
					    RETURN collect(r) AS relationships
					  }
					  CALL (other, around) {
					    UNWIND around AS v
					    MATCH (other)-[r:TYPES]-(v)
					    WHERE %2$s
					    RETURN collect(r) AS fromOther
					  }
					  RETURN around + other AS ball, relationships + fromOther AS relationships
					}
					RETURN candidates, fromId AS start, toId AS end, ball, relationships""";

	private final Neo4jClient neo4j;

	private final PathProperties limits;

	/**
	 * {@link #NEIGHBOURHOOD} for each {@code maxHops} (index 0 unused), expanding
	 * {@code maxHops - 1} hops.
	 */
	private final String[] neighbourhoods;

	/** Every type the model has: the pattern's types once {@link #typeSets} is full. */
	private static final String ALL_TYPES = LinkFilter.of(EnumSet.allOf(LinkKind.class), List.of()).typeExpression();

	/**
	 * The type sets written into patterns: past the bound the pattern names every type
	 * and the {@code $types} condition of {@link #FOLLOWED} alone keeps the ones asked
	 * for, the same paths from a statement planned once (slower at the benchmark's x1000,
	 * where naming the types made shortest-path ten times faster). 30 aliases each
	 * following other types had cost 2 to 4 s, and as long again with other sets.
	 */
	private final StatementShapes typeSets;

	@Autowired
	PathRepository(Neo4jClient neo4j, PathProperties limits, GraphLimitsProperties requestLimits) {
		this(neo4j, limits, requestLimits.maxStatementShapes());
	}

	PathRepository(Neo4jClient neo4j, PathProperties limits, int maxTypeSets) {
		this.neo4j = neo4j;
		this.limits = limits;
		this.typeSets = new StatementShapes(maxTypeSets);
		this.neighbourhoods = new String[limits.maxHops() + 1];
		for (int hops = 1; hops <= limits.maxHops(); hops++) {
			this.neighbourhoods[hops] = NEIGHBOURHOOD.formatted(hops - 1, FOLLOWED);
		}
	}

	/** The shortest paths, at most {@code limit} of them. */
	PathResult shortestPaths(String from, String to, LinkFilter filter, int maxHops, String asOf, int limit) {
		Map<String, Object> parameters = parameters(from, to, filter, maxHops, asOf);
		parameters.put("limit", limit);
		Record row = rows(withTypes(SHORTEST_PATHS, filter), parameters).get(0);
		resolved(row, from, to);
		return new PathResult(row.get("paths").asList((path) -> path(path.asPath())));
	}

	/** Paths of at most {@code maxHops} hops, no node twice, shortest first. */
	PathResult paths(String from, String to, LinkFilter filter, int maxHops, String asOf, int first) {
		Map<String, Object> parameters = parameters(from, to, filter, maxHops, asOf);
		parameters.put("maxNeighbourhood", this.limits.maxNeighbourhood());
		Record row = rows(neighbourhood(maxHops, filter), parameters).get(0);
		Endpoints endpoints = resolved(row, from, to);
		if (row.get("ball").isNull()) {
			throw new BadRequestException("Too many paths to search: the search between '"
					+ endpoints.from().node().name() + "' and '" + endpoints.to().node().name()
					+ "' would read more than " + this.limits.maxNeighbourhood() + " nodes (those within "
					+ (maxHops - 1)
					+ " hops of one of them). Lower maxHops, or restrict kinds or types, or ask for shortestPaths.");
		}
		Map<String, GraphNode> nodes = new HashMap<>();
		for (Value node : row.get("ball").values()) {
			nodes.put(node.asNode().elementId(), GraphNode.of(node.asNode()));
		}
		List<Relationship> relationships = row.get("relationships").asList(Value::asRelationship);
		return new PathResult(new PathEnumerator(nodes, relationships, endpoints.from().elementId(),
				endpoints.to().elementId(), this.limits.maxSteps())
			.paths(maxHops, first));
	}

	/** The statement of {@code paths} for this bound and filter. */
	String neighbourhood(int maxHops, LinkFilter filter) {
		return withTypes(this.neighbourhoods[Math.max(1, Math.min(maxHops, this.limits.maxHops()))], filter);
	}

	/**
	 * The endpoints a path statement's row means, picked from its candidates: a clear
	 * error when one is unknown or ambiguous or both are the same node.
	 */
	private static Endpoints resolved(Record row, String from, String to) {
		Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
		for (Value candidate : row.get("candidates").values()) {
			candidates.computeIfAbsent(candidate.get("input").asString(), (k) -> new ArrayList<>())
				.add(new Candidate(GraphNode.of(candidate.get("n").asNode()), candidate.get("elementId").asString(),
						candidate.get("rank").asInt()));
		}
		Endpoints resolved = new Endpoints(pick(from, candidates.get(from)), pick(to, candidates.get(to)));
		if (resolved.from().elementId().equals(resolved.to().elementId())) {
			throw new BadRequestException("'from' and 'to' name the same node (" + resolved.from().node().id()
					+ "): ask for paths between two different nodes.");
		}
		if (!resolved.from().elementId().equals(row.get("start").asString(null))
				|| !resolved.to().elementId().equals(row.get("end").asString(null))) {
			// The statement picks as pick does; if they ever disagree, say so rather than
			// answer with the paths between other nodes.
			throw new IllegalStateException("The path statement chose other endpoints than " + resolved);
		}
		return resolved;
	}

	/** The {@code $endpoints} parameter: from, then to. */
	private static List<Map<String, Object>> endpoints(String from, String to) {
		if (from.isBlank() || to.isBlank()) {
			throw new BadRequestException("Arguments 'from' and 'to' must name a node: give an entity's name, alias, "
					+ "ISO code or key, or a global id such as 'Country:turkmenistan'.");
		}
		return List.of(endpoint(from), endpoint(to));
	}

	/**
	 * The text as a Lucene phrase for {@link #INDEXED_CANDIDATES}; null when it has no
	 * letter or digit, so no word the index could hold.
	 */
	static String phrase(String wanted) {
		if (wanted.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return null;
		}
		return "\"" + wanted.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static Map<String, Object> endpoint(String input) {
		NodeId id = NodeId.parse(input);
		String label = (id != null) ? NodeTypes.labelOf(id.type()) : null;
		String wanted = input.strip().toLowerCase(java.util.Locale.ROOT);
		return KeyedRows.parameters("input", input, "label", label, "key", (label != null) ? id.key() : null, "wanted",
				wanted, "phrase", phrase(wanted));
	}

	private static Candidate pick(String input, List<Candidate> candidates) {
		if (candidates == null || candidates.isEmpty()) {
			throw new NotFoundException("No node named '" + input
					+ "': give an entity's name, alias, ISO code or key, or a global id such as 'Country:turkmenistan'.");
		}
		int best = candidates.stream().mapToInt(Candidate::rank).min().orElseThrow();
		List<Candidate> top = candidates.stream()
			.filter((c) -> c.rank() == best)
			.collect(java.util.stream.Collectors.toMap(Candidate::elementId, (c) -> c, (a, b) -> a, LinkedHashMap::new))
			.values()
			.stream()
			.toList();
		if (top.size() > 1) {
			throw new BadRequestException("'" + input + "' names several nodes ("
					+ String.join(", ", top.stream().limit(10).map((c) -> c.node().id()).toList())
					+ ((top.size() > 10) ? ", ..." : "") + "): give a global id instead.");
		}
		return top.get(0);
	}

	/** The parameters of both path statements, but their own limits. */
	private static Map<String, Object> parameters(String from, String to, LinkFilter filter, int maxHops, String asOf) {
		return KeyedRows.parameters("endpoints", endpoints(from, to), "types", filter.types(), "typedStarts",
				filter.typedStarts(), "maxHops", maxHops, "asOf", asOf);
	}

	/** The statement with the filter's types in its pattern ({@link #typeSets}). */
	String withTypes(String cypher, LinkFilter filter) {
		String types = filter.typeExpression();
		return cypher.replace("TYPES", this.typeSets.admits(types) ? types : ALL_TYPES);
	}

	private List<Record> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(
				this.neo4j.query(cypher).bindAll(parameters).fetchAs(Record.class).mappedBy((types, row) -> row).all());
	}

	private static GraphPath path(Path path) {
		Map<String, GraphNode> nodes = new HashMap<>();
		List<GraphNode> ordered = new ArrayList<>();
		for (Node node : path.nodes()) {
			GraphNode mapped = GraphNode.of(node);
			nodes.put(node.elementId(), mapped);
			ordered.add(mapped);
		}
		List<PathEdge> edges = new ArrayList<>();
		for (Relationship relationship : path.relationships()) {
			edges.add(PathEdge.of(relationship, nodes.get(relationship.startNodeElementId()),
					nodes.get(relationship.endNodeElementId())));
		}
		return new GraphPath(ordered, edges);
	}

	/** A node an endpoint may name, with how well it matches (0 best). */
	private record Candidate(GraphNode node, String elementId, int rank) {
	}

	private record Endpoints(Candidate from, Candidate to) {
	}

}
