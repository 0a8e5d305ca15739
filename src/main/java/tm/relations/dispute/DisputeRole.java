package tm.relations.dispute;

/**
 * The part an entity plays in a dispute (the {@code role} of {@code INVOLVES}).
 */
enum DisputeRole {

	PARTY, SUBJECT, SOURCE, TRANSIT, DESTINATION, OTHER;

	/** The role of a stored value; OTHER for a value this API does not know yet. */
	static DisputeRole of(Object stored) {
		for (DisputeRole role : values()) {
			if (role.name().equals(stored)) {
				return role;
			}
		}
		return OTHER;
	}

}
