package tm.relations.dispute;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.BatchStatement;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.revision.FactFilter;

/**
 * Disputes of countries, and the parties, statuses, positions and treaties of disputes.
 * Every method is one read statement for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
public class DisputeRepository {

	/** The disputes each entity is involved in. */
	public static final BatchStatement<GraphNode> DISPUTES = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (d:Dispute)-[r:INVOLVES]->(:Entity {id: key})
			WHERE ($asOf IS NULL OR $asOf IN r.revisions)
			  AND ($includeDubious OR (NOT coalesce(r.dubious, false) AND NOT coalesce(d.dubious, false)))
			WITH DISTINCT key, d
			RETURN key, d
			ORDER BY key, d.topic""", List.of("d"), BatchStatement.node("d"));

	/** The entities involved in each dispute, with their evidence. */
	public static final BatchStatement<DisputeParty> PARTIES = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (:Dispute {key: key})-[r:INVOLVES]->(party:Entity)
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, party, properties(r) AS r
			ORDER BY key, r.role, party.name, r.key""", List.of("party", "r"),
			(row) -> DisputeParty.of(GraphNode.of(row.get("party").asNode()), row.get("r").asMap()));

	/** The statuses of each dispute, oldest revision first. */
	public static final BatchStatement<GraphNode> STATUSES = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (:Dispute {key: key})-[:HAS_STATUS]->(s:Status)
			WHERE NOT coalesce(s.dubious, false)
			RETURN key, s
			ORDER BY key, s.revisions[0], s.revisions[-1], s.key""", List.of("s"), BatchStatement.node("s"));

	/** The positions advocated in each dispute. */
	static final String POSITIONS = """
			UNWIND $keys AS key
			MATCH (advocate:Entity)-[r:ADVOCATES]->(:Dispute {key: key})
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, advocate, properties(r) AS r
			ORDER BY key, advocate.name, r.revisions[0]""";

	/** The treaties that concern each dispute. */
	static final String TREATIES = """
			UNWIND $keys AS key
			MATCH (t:Treaty)-[r:CONCERNS]->(:Dispute {key: key})
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, t
			ORDER BY key, t.date, t.key""";

	private final Neo4jClient neo4j;

	DisputeRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, List<GraphNode>> disputesOf(List<String> keys, FactFilter filter) {
		return DISPUTES.run(this.neo4j, KeyedRows.parameters("keys", keys, "asOf", filter.asOfCode(), "includeDubious",
				filter.includeDubious()));
	}

	Map<String, List<DisputeParty>> partiesOf(List<String> disputeKeys) {
		return PARTIES.run(this.neo4j, KeyedRows.parameters("keys", disputeKeys));
	}

	Map<String, List<GraphNode>> statusesOf(List<String> disputeKeys) {
		return STATUSES.run(this.neo4j, KeyedRows.parameters("keys", disputeKeys));
	}

	Map<String, List<DisputePosition>> positionsOf(List<String> disputeKeys) {
		return KeyedRows.groupByKey(this.neo4j, POSITIONS, KeyedRows.parameters("keys", disputeKeys),
				(row) -> DisputePosition.of(GraphNode.of(row.get("advocate").asNode()), row.get("r").asMap()));
	}

	Map<String, List<GraphNode>> treatiesOf(List<String> disputeKeys) {
		return KeyedRows.groupByKey(this.neo4j, TREATIES, KeyedRows.parameters("keys", disputeKeys),
				(row) -> GraphNode.of(row.get("t").asNode()));
	}

	/**
	 * The status the newest revision that speaks of a dispute's status states.
	 * @param statuses the dispute's statuses, as {@link #STATUSES} orders them; not empty
	 * @return the newest
	 */
	public static GraphNode newestStatus(List<GraphNode> statuses) {
		GraphNode newest = statuses.get(0);
		for (GraphNode status : statuses) {
			if (lastRevision(status).compareTo(lastRevision(newest)) >= 0) {
				newest = status;
			}
		}
		return newest;
	}

	private static String lastRevision(GraphNode status) {
		List<?> revisions = (List<?>) status.properties().getOrDefault("revisions", List.of());
		return revisions.isEmpty() ? "" : (String) revisions.get(revisions.size() - 1);
	}

}
