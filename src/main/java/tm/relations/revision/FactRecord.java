package tm.relations.revision;

import java.util.List;
import java.util.Objects;

import tm.relations.node.GraphNode;
import tm.relations.node.LinkKind;
import tm.relations.node.Relation.Property;
import tm.relations.provenance.Provenance;

/**
 * One record of a fact as stated by one revision: a relationship, or a fact node
 * (mission, treaty, status, name, ...). Records that are different values of the same
 * fact share a {@code factKey}.
 *
 * @param id global id: {@code Relation:key} for a relationship, {@code Type:key} for a
 * fact node
 * @param factKey the fact this record is a value of
 * @param type the relationship type, or the fact node's label
 * @param kind the kind of link
 * @param subject the start of the relationship; for a fact node, the entity that holds it
 * (the dam of a name) or the fact node itself
 * @param object the end of the relationship; for a held fact node the node itself, else
 * null
 * @param value the short canonical value the diff compares, when stored
 * @param properties the record's own properties, provenance excluded
 * @param current whether the newest revision states it
 * @param evidence the quotes of the revision (or revisions) asked about
 */
public record FactRecord(String id, String factKey, String type, LinkKind kind, GraphNode subject, GraphNode object,
		String value, List<Property> properties, boolean current, List<Provenance> evidence) {

	/** Facts are listed by fact key, then id. */
	static final java.util.Comparator<FactRecord> ORDER = java.util.Comparator.comparing(FactRecord::factKey)
		.thenComparing(FactRecord::id);

	public FactRecord {
		properties = List.copyOf(properties);
		evidence = List.copyOf(evidence);
	}

	/** Whether the record is a fact node rather than a relationship. */
	boolean isNode() {
		return !this.id.startsWith("Relation:");
	}

	/** The same record with only the evidence of one revision. */
	FactRecord statedBy(Revision revision) {
		return new FactRecord(this.id, this.factKey, this.type, this.kind, this.subject, this.object, this.value,
				this.properties, this.current,
				this.evidence.stream().filter((evidence) -> evidence.revision() == revision).toList());
	}

	/** Whether a revision states this record. */
	boolean isStatedBy(Revision revision) {
		return this.evidence.stream().anyMatch((evidence) -> evidence.revision() == revision);
	}

	/**
	 * What the record says, for comparing two revisions: records with the same content
	 * state the same value even when stored as different records.
	 */
	Object content() {
		return List.of(this.type, this.subject.id(), (this.object != null) ? this.object.id() : "",
				Objects.toString(this.value, ""), this.properties);
	}

	/** The value shown in a change: the stored value, else the other end's label. */
	String shownValue() {
		if (this.value != null) {
			return this.value;
		}
		return label((this.object != null) ? this.object : this.subject);
	}

	/**
	 * One line for people: {@code Turkmenistan EXPORTS_GAS_TO China},
	 * {@code Dostluk Dam Name: Dousti Dam},
	 * {@code Mission: Embassy of Japan in Ashgabat}.
	 */
	public String summary() {
		if (isNode()) {
			String text = (this.object != null) ? label(this.subject) + " " + this.type : this.type;
			return text + ": "
					+ ((this.value != null) ? this.value : label((this.object != null) ? this.object : this.subject));
		}
		String text = label(this.subject) + " " + this.type + " " + label(this.object);
		return (this.value != null && !this.value.equals(this.object.name())) ? text + ": " + this.value : text;
	}

	/**
	 * A node's name; for a fact node stored without one (a treaty, a dispute), its
	 * subject or topic rather than its key.
	 */
	static String label(GraphNode node) {
		if (!node.name().equals(node.key())) {
			return node.name();
		}
		for (String property : List.of("subject", "topic", "title", "value")) {
			if (node.properties().get(property) instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return node.name();
	}

}
