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
import org.neo4j.driver.types.MapAccessor;
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
 * Finds paths between two nodes. {@code shortestPaths} is one statement that resolves
 * both endpoints and searches; {@code paths} two in one read transaction, one resolving
 * the endpoints and one reading the neighbourhood to search (its expansion needs their
 * element ids as parameters, see {@link #NEIGHBOURHOOD}). Every request value is a
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

	/** The subquery of {@link #ENDPOINTS}: the candidates of {@code endpoint}. */
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
	 * Candidates for each endpoint: by global id (rank 0), else an entity by key or name
	 * (rank 1), else by ISO code, acronym or alias (rank 2), case-insensitive.
	 */
	static final String ENDPOINTS = """
			UNWIND $endpoints AS endpoint
			CALL (endpoint) {
			%s
			}
			RETURN endpoint.input AS input, n, elementId(n) AS elementId, rank
			ORDER BY input, rank, n.name""".formatted(SCANNED_CANDIDATES);

	/** The subquery of {@link #INDEXED_ENDPOINTS}: the candidates of {@code endpoint}. */
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
	 * The same candidates as {@link #ENDPOINTS}, found through indexes rather than by
	 * reading every entity: an entity whose name, alias, acronym or ISO code equals the
	 * text (case aside) holds the text's words in that order, so the full-text index
	 * finds it among the hits of the text as a phrase ({@code $phrase}), and one whose
	 * key equals it (keys are lower-case slugs) is found by the key's unique index. The
	 * exact conditions of {@link #ENDPOINTS} then keep the same nodes with the same
	 * ranks. The scan cost a path query time in proportion to the whole graph (the
	 * benchmark's shortest path at x100 spent nine tenths of its time there). An endpoint
	 * this finds nothing for (unknown, or a text the index cannot search for, such as
	 * stop words only) is looked up again with {@link #ENDPOINTS}.
	 */
	static final String INDEXED_ENDPOINTS = """
			UNWIND $endpoints AS endpoint
			CALL (endpoint) {
			%s
			}
			RETURN endpoint.input AS input, n, elementId(n) AS elementId, rank
			ORDER BY input, rank, n.name""".formatted(INDEXED_CANDIDATES);

	/**
	 * Both endpoints and all shortest paths between them, in one statement (a second
	 * statement cost a path question about as much as the search: a transaction, Bolt
	 * messages on both sides; docs/performance.md, fifteenth round).
	 * <ol>
	 * <li>The candidates of each endpoint of {@code $endpoints} (from, then to) as
	 * {@link #INDEXED_ENDPOINTS} finds them, and as {@link #ENDPOINTS} does for an
	 * endpoint those find none for, in the same order: {@code candidates}, which
	 * {@link #pick} reads as it reads those statements' rows.</li>
	 * <li>The node each endpoint means, as {@link #pick} chooses it: the first candidate,
	 * when no other candidate of the same rank is another node; null otherwise.</li>
	 * <li>All shortest paths of at most {@code $maxHops} hops between the two, when both
	 * are known and differ: a breadth-first search in the database, which stops at the
	 * first length that reaches the end. {@code TYPES} is replaced by the filter's
	 * {@link LinkFilter#typeExpression()}. Ordered as {@link PathEnumerator} orders paths
	 * (step by step: relationship type, the name of the node it leads to, its key), so
	 * that the answer does not depend on the plan and equals the first paths
	 * {@code paths} gives.</li>
	 * </ol>
	 */
	static final String SHORTEST_PATHS = """
			CYPHER 25
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
			CALL (start, end) {
			  WITH start, end WHERE start IS NOT NULL AND end IS NOT NULL AND start <> end
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
		.formatted(INDEXED_CANDIDATES.indent(2), SCANNED_CANDIDATES.indent(2), FOLLOWED, PASSABLE);

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
	 * that the endpoint to avoid is a parameter in each.
	 * <p>
	 * The expansion is breadth-first with one visit per node (the planner's pruning
	 * variable-length expand), which needs conditions it can check on each relationship:
	 * the far endpoint is avoided by comparing each relationship's nodes with its element
	 * id, a parameter. (A condition on the path's nodes, or a comparison with the node
	 * itself, made the planner enumerate every path instead: the test of a rarely linked
	 * pair ran past the transaction timeout.) Variable-length bounds cannot be
	 * parameters, so the statement is written once per bound at startup, for each
	 * {@code maxHops} from 1 to the configured {@code graph.paths.max-hops}, and a
	 * request uses the one of its {@code maxHops}: the expansion stops at the distance
	 * asked for rather than at the configured limit (the benchmark showed that expanding
	 * to six hops for a four-hop question cost most of its time on a larger graph).
	 * {@code TYPES} is replaced as in {@link #SHORTEST_PATHS}.
	 * <p>
	 * A neighbourhood of more than {@code $maxNeighbourhood} nodes is not read: the
	 * expansion stops at the first node over, and the statement returns no row. Around a
	 * hub every endpoint's neighbourhood is large: at the benchmark's x1000, two hops
	 * from Georgia over every kind of link hold 153,000 nodes, three hops nearly the
	 * whole graph, and reading them ran past the transaction timeout after 10 s.
	 */
	private static final String NEIGHBOURHOOD = """
			MATCH (start) WHERE elementId(start) = $from
			MATCH (end) WHERE elementId(end) = $to
			WITH start, end, COUNT { (start)-[:TYPES]-() } < COUNT { (end)-[:TYPES]-() } AS aroundStart
			CALL (start, end, aroundStart) {
			  WITH start WHERE aroundStart
			  MATCH (start)-[rs:TYPES*0..%1$d]-(n)
			  WHERE all(r IN rs WHERE (%2$s) AND elementId(startNode(r)) <> $to AND elementId(endNode(r)) <> $to)
			  RETURN DISTINCT n LIMIT $maxNeighbourhood + 1
			  UNION
			  WITH end WHERE NOT aroundStart
			  MATCH (end)-[rs:TYPES*0..%1$d]-(n)
			  WHERE all(r IN rs WHERE (%2$s) AND elementId(startNode(r)) <> $from AND elementId(endNode(r)) <> $from)
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
			RETURN around + other AS ball, relationships + fromOther AS relationships""";

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
		List<Map<String, Object>> endpoints = endpoints(from, to);
		Map<String, Object> parameters = KeyedRows.parameters("endpoints", endpoints, "types", filter.types(),
				"typedStarts", filter.typedStarts(), "maxHops", maxHops, "asOf", asOf, "limit", limit);
		Record row = rows(withTypes(SHORTEST_PATHS, filter), parameters).get(0);
		Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
		addCandidates(candidates, row.get("candidates").values());
		Endpoints resolved = pick(from, to, candidates);
		if (!resolved.from().elementId().equals(row.get("start").asString(null))
				|| !resolved.to().elementId().equals(row.get("end").asString(null))) {
			// The statement picks as pick does; if they ever disagree, say so rather than
			// answer with the paths between other nodes.
			throw new IllegalStateException("The shortest-paths statement chose other endpoints than " + resolved);
		}
		return new PathResult(row.get("paths").asList((path) -> path(path.asPath())));
	}

	/** Paths of at most {@code maxHops} hops, no node twice, shortest first. */
	PathResult paths(String from, String to, LinkFilter filter, int maxHops, String asOf, int first) {
		Endpoints endpoints = resolve(from, to);
		String neighbourhood = this.neighbourhoods[Math.max(1, Math.min(maxHops, this.limits.maxHops()))];
		Map<String, Object> parameters = parameters(endpoints, filter, maxHops, asOf);
		parameters.put("maxNeighbourhood", this.limits.maxNeighbourhood());
		List<Record> rows = rows(withTypes(neighbourhood, filter), parameters);
		if (rows.isEmpty()) {
			throw new BadRequestException("Too many paths to search: the search between '"
					+ endpoints.from().node().name() + "' and '" + endpoints.to().node().name()
					+ "' would read more than " + this.limits.maxNeighbourhood() + " nodes (those within "
					+ (maxHops - 1)
					+ " hops of one of them). Lower maxHops, or restrict kinds or types, or ask for shortestPaths.");
		}
		Record row = rows.get(0);
		Map<String, GraphNode> nodes = new HashMap<>();
		for (Value node : row.get("ball").values()) {
			nodes.put(node.asNode().elementId(), GraphNode.of(node.asNode()));
		}
		List<Relationship> relationships = row.get("relationships").asList(Value::asRelationship);
		return new PathResult(new PathEnumerator(nodes, relationships, endpoints.from().elementId(),
				endpoints.to().elementId(), this.limits.maxSteps())
			.paths(maxHops, first));
	}

	private Endpoints resolve(String from, String to) {
		List<Map<String, Object>> endpoints = endpoints(from, to);
		Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
		addCandidates(candidates, rows(INDEXED_ENDPOINTS, KeyedRows.parameters("endpoints", endpoints)));
		List<Map<String, Object>> missing = endpoints.stream()
			.filter((endpoint) -> !candidates.containsKey((String) endpoint.get("input")))
			.toList();
		if (!missing.isEmpty()) {
			addCandidates(candidates, rows(ENDPOINTS, KeyedRows.parameters("endpoints", missing)));
		}
		return pick(from, to, candidates);
	}

	/** The {@code $endpoints} parameter: from, then to. */
	private static List<Map<String, Object>> endpoints(String from, String to) {
		if (from.isBlank() || to.isBlank()) {
			throw new BadRequestException("Arguments 'from' and 'to' must name a node: give an entity's name, alias, "
					+ "ISO code or key, or a global id such as 'Country:turkmenistan'.");
		}
		return List.of(endpoint(from), endpoint(to));
	}

	/** The node each endpoint means, among its candidates; a clear error if none. */
	private static Endpoints pick(String from, String to, Map<String, List<Candidate>> candidates) {
		Endpoints resolved = new Endpoints(pick(from, candidates.get(from)), pick(to, candidates.get(to)));
		if (resolved.from().elementId().equals(resolved.to().elementId())) {
			throw new BadRequestException("'from' and 'to' name the same node (" + resolved.from().node().id()
					+ "): ask for paths between two different nodes.");
		}
		return resolved;
	}

	/** Adds candidates from rows (or maps) of {@code input, n, elementId, rank}. */
	private static void addCandidates(Map<String, List<Candidate>> candidates, Iterable<? extends MapAccessor> rows) {
		for (MapAccessor row : rows) {
			candidates.computeIfAbsent(row.get("input").asString(), (k) -> new ArrayList<>())
				.add(new Candidate(GraphNode.of(row.get("n").asNode()), row.get("elementId").asString(),
						row.get("rank").asInt()));
		}
	}

	/**
	 * The text as a Lucene phrase for {@link #INDEXED_ENDPOINTS}; null when it has no
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

	private static Map<String, Object> parameters(Endpoints endpoints, LinkFilter filter, int maxHops, String asOf) {
		return KeyedRows.parameters("from", endpoints.from().elementId(), "to", endpoints.to().elementId(), "types",
				filter.types(), "typedStarts", filter.typedStarts(), "maxHops", maxHops, "asOf", asOf);
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
