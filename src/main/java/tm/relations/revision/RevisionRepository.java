package tm.relations.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.GraphNode;
import tm.relations.node.LinkKind;
import tm.relations.node.NodeTypes;
import tm.relations.node.Relation;
import tm.relations.provenance.Provenance;

/**
 * Reads the fact records that some revisions state, in one statement, with their evidence
 * and both ends; and the changes between two revisions, classified by the database so
 * that only the facts asked for leave it.
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

	/**
	 * Whether two records {@code a} and {@code b} of one fact state the same content, as
	 * {@link FactRecord#content()} compares them: the same record, or two relationships
	 * of one type between the same nodes with the same properties, provenance aside. (Two
	 * different fact nodes never do: each is its own subject or object.)
	 */
	private static final String SAME_CONTENT = """
			(a = b OR CASE WHEN a IS :: RELATIONSHIP AND b IS :: RELATIONSHIP
			               THEN type(a) = type(b) AND startNode(a) = startNode(b) AND endNode(a) = endNode(b)
			                    AND all(k IN keys(a) + keys(b) WHERE k IN $provenance OR coalesce(a[k] = b[k], false))
			               ELSE false END)""";

	/**
	 * The node a fact node {@code %1$s} is an attribute of (the dam of a name, the
	 * pipeline of a status), or null: as {@link #FACT_RECORDS} finds it.
	 */
	private static final String HOLDER = """
			[(holder)-[h]->(%1$s) WHERE type(h) IN $attributeTypes
			                        OR coalesce(h.factKey, h.key) = coalesce(%1$s.factKey, %1$s.key) | holder][0]""";

	/**
	 * What changed between revisions {@code $from} and {@code $to}, worked out in the
	 * database so that only the changes asked for leave it:
	 * <ol>
	 * <li>the fact records either revision states, as {@link #FACT_RECORDS} selects them,
	 * each with whether {@code $from} and {@code $to} state it; when kinds of link are
	 * asked for, only the relationship types with start labels, and the fact node labels
	 * with holder labels, listed in {@code $wanted};</li>
	 * <li>in fact-key order, grouped by fact key and classified: a fact only {@code $to}
	 * states is ADDED, one only {@code $from} states is REMOVED, one whose every record
	 * both state is UNCHANGED; the records of the rest are compared by content (type,
	 * both ends, properties other than provenance): the same contents on both sides is
	 * UNCHANGED, else CHANGED;</li>
	 * <li>per kind of change: how many facts ({@code total}), and for each part of
	 * {@code $parts} of that kind (index, kind, {@code limit} or all, {@code after} a
	 * fact key or from the start) its facts with their records, each with its properties
	 * and both ends (a fact node's holder found again).</li>
	 * </ol>
	 * Per kind of change that has facts, one row without {@code part} for its count, then
	 * one row per fact of each of its parts, in order (streamed, so that even a whole
	 * list is never one value in memory). Every record of the two revisions is read once
	 * and only references to them are kept; only the facts of the parts leave the
	 * database. (Unlike {@link #FACT_RECORDS} the node types are not checked: every node
	 * has a kind label, see docs/graph-model.md, and checking two labels per relationship
	 * was a third of the scan.)
	 */
	static final String FACT_CHANGES = """
			CALL () {
			  MATCH (subject)-[r]->(object)
			  WHERE r.revisions IS NOT NULL AND ($from IN r.revisions OR $to IN r.revisions)
			    AND ($types IS NULL OR type(r) IN $types)
			    AND ($includeDubious OR NOT coalesce(r.dubious, false))
			    AND NOT (object:Fact AND (type(r) IN $attributeTypes
			             OR coalesce(object.factKey, object.key) = coalesce(r.factKey, r.key)))
			    AND CASE WHEN $wanted IS NULL THEN true
			             ELSE any(label IN labels(subject) WHERE 'r:' + type(r) + '|' + label IN $wanted) END
			  RETURN coalesce(r.factKey, r.key) AS factKey, r AS record,
			         $from IN r.revisions AS inFrom, $to IN r.revisions AS inTo
			  UNION ALL
			  MATCH (fact:Fact)
			  WHERE fact.revisions IS NOT NULL AND ($from IN fact.revisions OR $to IN fact.revisions)
			    AND ($includeDubious OR NOT coalesce(fact.dubious, false))
			    AND CASE WHEN $wanted IS NULL THEN true
			             ELSE [holder IN [%1$s] |
			                   [type IN [[label IN labels(fact) WHERE label <> 'Fact'][0]] |
			                    CASE WHEN holder IS NULL THEN 'n:' + type + '|' IN $wanted
			                         ELSE any(label IN labels(holder) WHERE 'n:' + type + '|' + label IN $wanted)
			                    END][0]][0] END
			  RETURN coalesce(fact.factKey, fact.key) AS factKey, fact AS record,
			         $from IN fact.revisions AS inFrom, $to IN fact.revisions AS inTo
			}
			WITH factKey, record, inFrom, inTo
			ORDER BY factKey
			WITH factKey, collect(record) AS records, count(*) AS recordCount,
			     count(CASE WHEN inFrom THEN 1 END) AS fromCount, count(CASE WHEN inTo THEN 1 END) AS toCount,
			     count(CASE WHEN inFrom AND inTo THEN 1 END) AS bothCount
			WITH factKey, records,
			     CASE WHEN fromCount = 0 THEN 'ADDED'
			          WHEN toCount = 0 THEN 'REMOVED'
			          WHEN bothCount = recordCount THEN 'UNCHANGED'
			          WHEN all(b IN records WHERE NOT $from IN b.revisions
			                   OR any(a IN records WHERE $to IN a.revisions AND %2$s))
			           AND all(a IN records WHERE NOT $to IN a.revisions
			                   OR any(b IN records WHERE $from IN b.revisions AND %2$s)) THEN 'UNCHANGED'
			          ELSE 'CHANGED' END AS change
			WITH change, factKey,
			     CASE WHEN any(part IN $parts WHERE part.kind = change AND (part.after IS NULL OR factKey > part.after))
			          THEN records END AS records
			WITH change, count(*) AS total, collect(CASE WHEN records IS NOT NULL THEN [factKey, records] END) AS candidates
			UNWIND [null] + [part IN $parts WHERE part.kind = change] AS part
			UNWIND CASE WHEN part IS NULL THEN [null]
			            ELSE [c IN candidates WHERE part.after IS NULL OR c[0] > part.after]
			                 [..coalesce(part.limit, size(candidates))] END AS fact
			RETURN change, total, part.index AS part,
			       [x IN fact[1] | CASE WHEN x IS :: RELATIONSHIP
			          THEN {factKey: fact[0], id: 'Relation:' + coalesce(x.key, elementId(x)),
			                type: type(x), properties: properties(x),
			                subject: startNode(x), object: endNode(x), fact: null}
			          ELSE [holder IN [%3$s] |
			                {factKey: fact[0], id: null, type: [label IN labels(x) WHERE label <> 'Fact'][0],
			                 properties: properties(x), subject: coalesce(holder, x),
			                 object: CASE WHEN holder IS NULL THEN null ELSE x END, fact: x}][0]
			          END] AS records"""
		.formatted(HOLDER.formatted("fact"), SAME_CONTENT, HOLDER.formatted("x"));

	/** Relationships that attach a fact node to the entity it is about. */
	static final List<String> ATTRIBUTE_TYPES = List.of("HAS_STATUS", "KNOWN_AS", "HAS_STATISTIC");

	/**
	 * Properties that record provenance rather than a fact's value; the diff compares the
	 * others (as {@code Relation.propertiesOf} selects them for {@link FactRecord}).
	 */
	static final List<String> PROVENANCE = List.of("key", "revisions", "quotes", "current", "basis", "context",
			"contextRevision", "citation", "dubious", "dubiousReason", "factKey");

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

	/**
	 * The changes between two revisions, in one statement: how many facts each kind of
	 * change has, and the facts of the parts asked for, each with its records on both
	 * sides.
	 * @param request the revisions, kinds of link and dubious statements compared
	 * @param parts the parts of the lists wanted; none for the counts alone
	 * @return the counts and every part asked for
	 */
	RevisionDiff diff(RevisionDiff.Request request, Collection<RevisionDiff.Part> parts) {
		List<RevisionDiff.Part> indexed = List.copyOf(new LinkedHashSet<>(parts));
		List<Map<String, Object>> partParameters = new ArrayList<>();
		for (int index = 0; index < indexed.size(); index++) {
			RevisionDiff.Part part = indexed.get(index);
			Map<String, Object> parameter = new HashMap<>();
			parameter.put("index", index);
			parameter.put("kind", part.kind().name());
			parameter.put("limit", part.limit());
			parameter.put("after", part.after());
			partParameters.add(parameter);
		}
		List<LinkKind> kinds = request.kinds();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", request.from().code());
		parameters.put("to", request.to().code());
		parameters.put("types", kinds.isEmpty() ? null : LinkKind.typesOf(kinds));
		parameters.put("wanted", kinds.isEmpty() ? null : wanted(kinds));
		parameters.put("includeDubious", request.includeDubious());
		parameters.put("attributeTypes", ATTRIBUTE_TYPES);
		parameters.put("provenance", PROVENANCE);
		parameters.put("parts", partParameters);
		Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
		Map<RevisionDiff.Part, List<FactChange>> answered = new HashMap<>();
		indexed.forEach((part) -> answered.put(part, new ArrayList<>()));
		Collection<org.neo4j.driver.Record> rows = this.neo4j.query(FACT_CHANGES)
			.bindAll(parameters)
			.fetchAs(org.neo4j.driver.Record.class)
			.mappedBy((types, row) -> row)
			.all();
		for (org.neo4j.driver.Record row : rows) {
			counts.put(ChangeKind.valueOf(row.get("change").asString()), row.get("total").asInt());
			if (row.get("part").isNull()) {
				continue;
			}
			List<FactRecord> records = row.get("records")
				.asList(RevisionRepository::record)
				.stream()
				.filter((record) -> record.subject() != null)
				.sorted(FactRecord.ORDER)
				.toList();
			RevisionDiff.change(records, request.from(), request.to())
				.ifPresent(answered.get(indexed.get(row.get("part").asInt()))::add);
		}
		return new RevisionDiff(request, counts, answered);
	}

	/**
	 * What gives a record one of these kinds of link, for {@code $wanted} of
	 * {@link #FACT_CHANGES}: {@code r:TYPE|Label} for a relationship of that type
	 * starting at a node of that label ({@link LinkKind#of}), {@code n:Label|HolderLabel}
	 * for a fact node of that label held by a node of that label, {@code n:Label|} for
	 * one without holder.
	 */
	static List<String> wanted(Collection<LinkKind> kinds) {
		List<String> relationshipTypes = LinkKind.typesOf(kinds);
		Set<String> pairs = new LinkedHashSet<>();
		for (String label : NodeTypes.labels()) {
			String type = NodeTypes.typeOf(List.of(label));
			for (String relationshipType : relationshipTypes) {
				if (kinds.contains(LinkKind.of(relationshipType, type))) {
					pairs.add("r:" + relationshipType + "|" + label);
				}
			}
			if (kinds.contains(kindOfFactNode(label, null))) {
				pairs.add("n:" + label + "|");
			}
			for (String holder : NodeTypes.labels()) {
				if (kinds.contains(kindOfFactNode(label, NodeTypes.typeOf(List.of(holder))))) {
					pairs.add("n:" + label + "|" + holder);
				}
			}
		}
		return List.copyOf(pairs);
	}

	private static FactRecord record(MapAccessor row) {
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
