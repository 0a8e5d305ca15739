package tm.relations.revision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tm.relations.node.LinkKind;

/**
 * The changes between two revisions, as far as a request asked for them: how many facts
 * are added, removed, changed and unchanged, and the parts of the three lists it
 * selected.
 *
 * @param request what is compared
 * @param counts how many facts each kind of change has (absent: none)
 * @param parts the facts of each part asked for, in fact-key order
 */
record RevisionDiff(Request request, Map<ChangeKind, Integer> counts, Map<Part, List<FactChange>> parts) {

	RevisionDiff {
		counts = counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
		parts = parts.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (part) -> List.copyOf(part.getValue())));
	}

	// The accessors below are public: the schema's fields of the same names read them.

	public Revision from() {
		return this.request.from();
	}

	public Revision to() {
		return this.request.to();
	}

	/** How many facts have this kind of change. */
	int count(ChangeKind kind) {
		return this.counts.getOrDefault(kind, 0);
	}

	public int addedCount() {
		return count(ChangeKind.ADDED);
	}

	public int removedCount() {
		return count(ChangeKind.REMOVED);
	}

	public int changedCount() {
		return count(ChangeKind.CHANGED);
	}

	public int unchangedCount() {
		return count(ChangeKind.UNCHANGED);
	}

	/**
	 * The change of one fact, from its records (each with the evidence of every revision
	 * that states it): each side holds the records that side states, with only its
	 * quotes; none when neither side quotes any.
	 */
	static Optional<FactChange> change(List<FactRecord> records, Revision from, Revision to) {
		List<FactRecord> before = side(records, from);
		List<FactRecord> after = side(records, to);
		if (before.isEmpty() && after.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(FactChange.of(records.get(0).factKey(), before, after));
	}

	private static List<FactRecord> side(List<FactRecord> records, Revision revision) {
		return records.stream()
			.filter((record) -> record.isStatedBy(revision))
			.map((record) -> record.statedBy(revision))
			.toList();
	}

	/**
	 * The two revisions compared, and what of them.
	 *
	 * @param from the older side
	 * @param to the newer side
	 * @param kinds only facts of these kinds of link; all when empty
	 * @param includeDubious whether statements flagged as dubious count
	 */
	record Request(Revision from, Revision to, List<LinkKind> kinds, boolean includeDubious) {

		Request {
			kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		}

	}

	/**
	 * A part of one list of the diff: its facts in fact-key order, those whose key sorts
	 * after {@code after} (all when null), at most {@code limit} of them (all when null).
	 *
	 * @param kind the list
	 * @param limit how many facts at most, or null for all
	 * @param after the fact key the part starts after, or null for the start
	 */
	record Part(ChangeKind kind, Integer limit, String after) {
	}

}
