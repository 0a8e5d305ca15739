package tm.relations.dispute;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.revision.FactFilter;

/**
 * Disputes of countries, and the parties, statuses, positions and treaties of disputes.
 * Every method is one read statement for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
class DisputeRepository {

	/** The disputes each entity is involved in. */
	static final String DISPUTES = """
			UNWIND $keys AS key
			MATCH (d:Dispute)-[r:INVOLVES]->(:Entity {id: key})
			WHERE ($asOf IS NULL OR $asOf IN r.revisions)
			  AND ($includeDubious OR (NOT coalesce(r.dubious, false) AND NOT coalesce(d.dubious, false)))
			WITH DISTINCT key, d
			RETURN key, d
			ORDER BY key, d.topic""";

	/** The entities involved in each dispute, with their evidence. */
	static final String PARTIES = """
			UNWIND $keys AS key
			MATCH (:Dispute {key: key})-[r:INVOLVES]->(party:Entity)
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, party, properties(r) AS r
			ORDER BY key, r.role, party.name, r.key""";

	/** The statuses of each dispute, oldest revision first. */
	static final String STATUSES = """
			UNWIND $keys AS key
			MATCH (:Dispute {key: key})-[:HAS_STATUS]->(s:Status)
			WHERE NOT coalesce(s.dubious, false)
			RETURN key, s
			ORDER BY key, s.revisions[0], s.revisions[-1], s.key""";

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
		return KeyedRows.groupByKey(this.neo4j, DISPUTES, KeyedRows.parameters("keys", keys, "asOf", filter.asOfCode(),
				"includeDubious", filter.includeDubious()), (row) -> GraphNode.of(row.get("d").asNode()));
	}

	Map<String, List<DisputeParty>> partiesOf(List<String> disputeKeys) {
		return KeyedRows.groupByKey(this.neo4j, PARTIES, KeyedRows.parameters("keys", disputeKeys),
				(row) -> DisputeParty.of(GraphNode.of(row.get("party").asNode()), row.get("r").asMap()));
	}

	Map<String, List<GraphNode>> statusesOf(List<String> disputeKeys) {
		return KeyedRows.groupByKey(this.neo4j, STATUSES, KeyedRows.parameters("keys", disputeKeys),
				(row) -> GraphNode.of(row.get("s").asNode()));
	}

	Map<String, List<DisputePosition>> positionsOf(List<String> disputeKeys) {
		return KeyedRows.groupByKey(this.neo4j, POSITIONS, KeyedRows.parameters("keys", disputeKeys),
				(row) -> DisputePosition.of(GraphNode.of(row.get("advocate").asNode()), row.get("r").asMap()));
	}

	Map<String, List<GraphNode>> treatiesOf(List<String> disputeKeys) {
		return KeyedRows.groupByKey(this.neo4j, TREATIES, KeyedRows.parameters("keys", disputeKeys),
				(row) -> GraphNode.of(row.get("t").asNode()));
	}

}
