package tm.relations.node;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The variants of a statement whose text is built from the request (the parts of a
 * country asked for, the relationship types a path follows), at most
 * {@code graph.limits.max-statement-shapes} of them. Neo4j plans each new statement text
 * anew (0.1 to 0.4 s of CPU, against 0.01 s once planned), so a request of many aliases,
 * each asking for another variant, ran into the transaction timeout, and as long again
 * with other variants (found by a QA pass). A variant past the bound is to be written in
 * one general form, planned once, that gives the same answers.
 */
public final class StatementShapes {

	private final Set<String> admitted = ConcurrentHashMap.newKeySet();

	private final int max;

	/**
	 * @param max how many variants get a statement text of their own
	 */
	public StatementShapes(int max) {
		this.max = max;
	}

	/**
	 * Whether the variant gets a statement text of its own: it has one already, or there
	 * is room for it (then it is admitted). Concurrent callers may overshoot the bound by
	 * a few, which is harmless.
	 */
	public boolean admits(String variant) {
		if (this.admitted.contains(variant)) {
			return true;
		}
		if (this.admitted.size() < this.max) {
			this.admitted.add(variant);
			return true;
		}
		return false;
	}

}
