package tm.relations.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tm.relations.node.GraphNode;

/**
 * How one fact differs between two revisions: its records on each side.
 *
 * @param factKey the fact
 * @param type the relationship type or fact node label of its records
 * @param subject the node all its records start from, or null when they differ
 * @param object the node all its records end at, or null when they differ
 * @param before the records the older side states, with that side's quotes
 * @param after the records the newer side states, with that side's quotes
 */
record FactChange(String factKey, String type, GraphNode subject, GraphNode object, List<FactRecord> before,
		List<FactRecord> after) {

	FactChange {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	static FactChange of(String factKey, List<FactRecord> before, List<FactRecord> after) {
		List<FactRecord> all = Stream.concat(before.stream(), after.stream()).toList();
		FactRecord sample = all.get(all.size() - 1);
		GraphNode subject = all.stream().allMatch((record) -> record.subject().id().equals(sample.subject().id()))
				? sample.subject() : null;
		GraphNode object = (sample.object() != null && all.stream()
			.allMatch((record) -> record.object() != null && record.object().id().equals(sample.object().id())))
					? sample.object() : null;
		return new FactChange(factKey, sample.type(), subject, object, before, after);
	}

	/**
	 * One line for people: {@code Added: Turkmenistan MEMBER_OF International
	 * Organization of Turkic Culture}, {@code gas.main-buyer: Russia, Ukraine → China}.
	 */
	String summary() {
		if (this.before.isEmpty()) {
			return "Added: " + String.join("; ", this.after.stream().map(FactRecord::summary).toList());
		}
		if (this.after.isEmpty()) {
			return "Removed: " + String.join("; ", this.before.stream().map(FactRecord::summary).toList());
		}
		List<String> parts = new ArrayList<>();
		// Records of one subject show their values; records of different subjects (a
		// rail link that now starts elsewhere) show whole.
		java.util.function.Function<FactRecord, String> shown = (this.subject != null) ? FactRecord::shownValue
				: FactRecord::summary;
		parts.add(((this.subject != null) ? FactRecord.label(this.subject) + " " + this.type : this.factKey) + ": ");
		parts.add(String.join(", ", this.before.stream().map(shown).toList()));
		parts.add(" → ");
		parts.add(String.join(", ", this.after.stream().map(shown).toList()));
		return String.join("", parts);
	}

}
