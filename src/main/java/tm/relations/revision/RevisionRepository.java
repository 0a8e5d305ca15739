package tm.relations.revision;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.node.LinkKind;
import tm.relations.node.Relation;
import tm.relations.provenance.Provenance;

/**
 * Reads the fact records that some revisions state, in one statement, with their evidence
 * and both ends.
 */
@Repository
@Transactional(readOnly = true)
class RevisionRepository {

	/**
	 * Every fact record stated by at least one of {@code $revisions}: relationships and
	 * fact nodes. A relationship that only attaches a fact node to an entity (an
	 * "attribute" link of the graph model: the dam's {@code KNOWN_AS} to its
	 * {@code Name}, a dispute's {@code HAS_STATUS} to its {@code Status}, or any link
	 * sharing the node's fact key) is represented by that node, with the entity as
	 * subject, so no value is counted twice.
	 */
	static final String FACT_RECORDS = """
			CALL () {
			  MATCH (subject)-[r]->(object)
			  WHERE r.revisions IS NOT NULL
			    AND any(revision IN $revisions WHERE revision IN r.revisions)
			    AND ($types IS NULL OR type(r) IN $types)
			    AND ($includeDubious OR NOT coalesce(r.dubious, false))
			    AND NOT (object:Fact AND (type(r) IN $attributeTypes
			             OR coalesce(object.factKey, object.key) = coalesce(r.factKey, r.key)))
			  RETURN coalesce(r.factKey, r.key) AS factKey, 'Relation:' + coalesce(r.key, elementId(r)) AS id,
			         type(r) AS type, properties(r) AS properties, subject, object, null AS fact
			  UNION ALL
			  MATCH (fact:Fact)
			  WHERE fact.revisions IS NOT NULL
			    AND any(revision IN $revisions WHERE revision IN fact.revisions)
			    AND ($includeDubious OR NOT coalesce(fact.dubious, false))
			  OPTIONAL MATCH (holder)-[h]->(fact)
			  WHERE type(h) IN $attributeTypes OR coalesce(h.factKey, h.key) = coalesce(fact.factKey, fact.key)
			  WITH fact, head(collect(holder)) AS holder
			  RETURN coalesce(fact.factKey, fact.key) AS factKey, null AS id,
			         [label IN labels(fact) WHERE label <> 'Fact'][0] AS type, properties(fact) AS properties,
			         coalesce(holder, fact) AS subject, CASE WHEN holder IS NULL THEN null ELSE fact END AS object,
			         fact
			}
			RETURN factKey, id, type, properties, subject, object, fact""";

	/** Relationships that attach a fact node to the entity it is about. */
	static final List<String> ATTRIBUTE_TYPES = List.of("HAS_STATUS", "KNOWN_AS", "HAS_STATISTIC");

	/**
	 * Kinds of fact nodes by label; a status takes the kind of what it is the status of.
	 */
	private static final Map<String, LinkKind> FACT_NODE_KINDS = Map.of("Mission", LinkKind.DIPLOMATIC, "Treaty",
			LinkKind.TREATY, "Dispute", LinkKind.DISPUTE, "AirRoute", LinkKind.CORPORATE);

	private static final Map<String, LinkKind> STATUS_KINDS = Map.of("Dispute", LinkKind.DISPUTE, "Pipeline",
			LinkKind.ENERGY, "Railway", LinkKind.RAIL);

	private final Neo4jClient neo4j;

	RevisionRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The records that any of these revisions states, of these kinds (all when empty),
	 * each with the evidence of every revision that states it.
	 */
	List<FactRecord> statedBy(Collection<Revision> revisions, Collection<LinkKind> kinds, boolean includeDubious) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("revisions", revisions.stream().map(Revision::code).toList());
		parameters.put("types", (kinds == null || kinds.isEmpty()) ? null : LinkKind.typesOf(kinds));
		parameters.put("includeDubious", includeDubious);
		parameters.put("attributeTypes", ATTRIBUTE_TYPES);
		Set<LinkKind> wanted = (kinds == null || kinds.isEmpty()) ? Set.of(LinkKind.values()) : Set.copyOf(kinds);
		return this.neo4j.query(FACT_RECORDS)
			.bindAll(parameters)
			.fetchAs(FactRecord.class)
			.mappedBy((types, row) -> record(row))
			.all()
			.stream()
			.filter((record) -> record.subject() != null && wanted.contains(record.kind()))
			.toList();
	}

	private static FactRecord record(org.neo4j.driver.Record row) {
		GraphNode subject = typed(row.get("subject"));
		GraphNode object = typed(row.get("object"));
		boolean isNode = !row.get("fact").isNull();
		GraphNode fact = isNode ? typed(row.get("fact")) : null;
		if (subject == null || (isNode && fact == null) || (!isNode && object == null)) {
			// A node of a kind the API has no type for: nothing to show it as.
			return new FactRecord("", "", "", LinkKind.OTHER, null, null, null, List.of(), false, List.of());
		}
		Map<String, Object> properties = row.get("properties").asMap();
		String type = row.get("type").asString();
		LinkKind kind = isNode ? kindOfFactNode(type, (object != null) ? subject.type() : null)
				: LinkKind.of(type, subject.type());
		return new FactRecord(isNode ? fact.id() : row.get("id").asString(), row.get("factKey").asString(), type, kind,
				subject, object, (properties.get("value") instanceof String value) ? value : null,
				Relation.propertiesOf(properties), Boolean.TRUE.equals(properties.get("current")),
				Provenance.of(properties));
	}

	private static LinkKind kindOfFactNode(String label, String holderType) {
		if (label.equals("Status") && holderType != null) {
			return STATUS_KINDS.getOrDefault(holderType, LinkKind.OTHER);
		}
		return FACT_NODE_KINDS.getOrDefault(label, LinkKind.OTHER);
	}

	/** The node as the API shows it, or null for nodes of no API type. */
	private static GraphNode typed(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		Node node = value.asNode();
		try {
			return GraphNode.of(node);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

}
