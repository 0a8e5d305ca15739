package tm.relations.dispute;

/**
 * Kinds of dispute (the {@code disputeKind} of a {@code Dispute} node).
 */
enum DisputeKind {

	BOUNDARY, WATER_SHARING, NARCOTICS_TRANSIT, GAS_PRICE, PAYMENT_ARREARS, REFORM, RELIGIOUS_TENSION, POLITICAL,
	RECOGNITION, OTHER;

	/** The kind of a stored value; OTHER for a value this API does not know yet. */
	static DisputeKind of(Object stored) {
		for (DisputeKind kind : values()) {
			if (kind.name().equals(stored)) {
				return kind;
			}
		}
		return OTHER;
	}

}
