package tm.relations.treaty;

/**
 * Kinds of treaty or agreement (the {@code treatyKind} of a {@code Treaty} node).
 */
enum TreatyKind {

	RECOGNITION, PROTOCOL, AGREEMENT, CONVENTION, MEMORANDUM, PRODUCTION_SHARING_AGREEMENT, COMMITMENT, CONTRACT, OTHER;

	/** The kind of a stored value; OTHER for a value this API does not know yet. */
	static TreatyKind of(Object stored) {
		for (TreatyKind kind : values()) {
			if (kind.name().equals(stored)) {
				return kind;
			}
		}
		return OTHER;
	}

}
