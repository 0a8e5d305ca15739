package tm.relations.treaty;

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
 * Treaties of countries, and the parties and subjects of treaties. Every method is one
 * read statement for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
public class TreatyRepository {

	/**
	 * The treaties each entity is party to, that one of its companies is party to, or
	 * that concern it.
	 */
	public static final BatchStatement<GraphNode> AGREEMENTS = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (c:Entity {id: key})
			CALL (c) {
			  MATCH (c)-[r:PARTY_TO]->(t:Treaty)
			  WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  RETURN t
			  UNION
			  MATCH (c)<-[h:HEADQUARTERED_IN]-(:Company)-[r:PARTY_TO]->(t:Treaty)
			  WHERE ($asOf IS NULL OR ($asOf IN r.revisions AND $asOf IN h.revisions))
			    AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  RETURN t
			  UNION
			  MATCH (t:Treaty)-[r:CONCERNS]->(c)
			  WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  RETURN t
			}
			WITH key, t
			WHERE ($asOf IS NULL OR $asOf IN t.revisions) AND ($includeDubious OR NOT coalesce(t.dubious, false))
			RETURN key, t
			ORDER BY key, t.date, t.key""", List.of("t"), BatchStatement.node("t"));

	/** The parties of each treaty, with their evidence. */
	public static final BatchStatement<TreatyParty> PARTIES = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (party:Entity)-[r:PARTY_TO]->(:Treaty {key: key})
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, party, properties(r) AS r
			ORDER BY key, party.name""", List.of("party", "r"),
			(row) -> TreatyParty.of(GraphNode.of(row.get("party").asNode()), row.get("r").asMap()));

	/** What each treaty concerns: entities and disputes. */
	static final String CONCERNS = """
			UNWIND $keys AS key
			MATCH (:Treaty {key: key})-[r:CONCERNS]->(subject)
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, subject
			ORDER BY key, coalesce(subject.name, subject.topic, subject.key)""";

	private final Neo4jClient neo4j;

	TreatyRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, List<GraphNode>> agreementsOf(List<String> keys, FactFilter filter) {
		return AGREEMENTS.run(this.neo4j, KeyedRows.parameters("keys", keys, "asOf", filter.asOfCode(),
				"includeDubious", filter.includeDubious()));
	}

	Map<String, List<TreatyParty>> partiesOf(List<String> treatyKeys) {
		return PARTIES.run(this.neo4j, KeyedRows.parameters("keys", treatyKeys));
	}

	Map<String, List<GraphNode>> concernsOf(List<String> treatyKeys) {
		return KeyedRows.groupByKey(this.neo4j, CONCERNS, KeyedRows.parameters("keys", treatyKeys),
				(row) -> GraphNode.of(row.get("subject").asNode()));
	}

}
