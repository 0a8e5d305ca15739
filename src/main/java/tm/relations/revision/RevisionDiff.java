package tm.relations.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes between two revisions.
 *
 * @param from the older side
 * @param to the newer side
 * @param added facts only {@code to} states
 * @param removed facts only {@code from} states
 * @param changed facts both state, with different values
 * @param unchangedCount facts both state with the same values
 */
record RevisionDiff(Revision from, Revision to, List<FactChange> added, List<FactChange> removed,
		List<FactChange> changed, int unchangedCount) {

	RevisionDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		changed = List.copyOf(changed);
	}

	/**
	 * Compares the records stated by either revision, fact by fact: a fact only
	 * {@code to} states is added, one only {@code from} states is removed, one whose
	 * records differ in content between the two is changed.
	 */
	static RevisionDiff of(Revision from, Revision to, List<FactRecord> records) {
		Map<String, List<FactRecord>> byFact = new LinkedHashMap<>();
		records.stream()
			.sorted(FactRecord.ORDER)
			.forEach((record) -> byFact.computeIfAbsent(record.factKey(), (key) -> new ArrayList<>()).add(record));
		List<FactChange> added = new ArrayList<>();
		List<FactChange> removed = new ArrayList<>();
		List<FactChange> changed = new ArrayList<>();
		int unchanged = 0;
		for (Map.Entry<String, List<FactRecord>> fact : byFact.entrySet()) {
			List<FactRecord> before = side(fact.getValue(), from);
			List<FactRecord> after = side(fact.getValue(), to);
			if (before.isEmpty() && after.isEmpty()) {
				continue;
			}
			FactChange change = FactChange.of(fact.getKey(), before, after);
			if (before.isEmpty()) {
				added.add(change);
			}
			else if (after.isEmpty()) {
				removed.add(change);
			}
			else if (!contents(before).equals(contents(after))) {
				changed.add(change);
			}
			else {
				unchanged++;
			}
		}
		return new RevisionDiff(from, to, added, removed, changed, unchanged);
	}

	private static List<FactRecord> side(List<FactRecord> records, Revision revision) {
		return records.stream()
			.filter((record) -> record.isStatedBy(revision))
			.map((record) -> record.statedBy(revision))
			.toList();
	}

	private static java.util.Set<Object> contents(List<FactRecord> records) {
		return new HashSet<>(records.stream().map(FactRecord::content).toList());
	}

}
