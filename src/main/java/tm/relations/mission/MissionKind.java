package tm.relations.mission;

/**
 * Kinds of mission (the {@code missionKind} of a {@code Mission} node, also the
 * {@code role} of an accreditation and the kinds a mission doubles as).
 */
public enum MissionKind {

	EMBASSY, CONSULATE, NUNCIATURE, PERMANENT_MISSION, DIPLOMATIC_MISSION, ECONOMIC_OFFICE, REPRESENTATION,
	AGENCY_OFFICE, OTHER;

	/**
	 * The kind of a stored value; OTHER for a value this API does not know yet, null for
	 * none.
	 * @param stored the stored text
	 * @return the kind
	 */
	public static MissionKind of(Object stored) {
		if (stored == null) {
			return null;
		}
		for (MissionKind kind : values()) {
			if (kind.name().equals(stored)) {
				return kind;
			}
		}
		return OTHER;
	}

}
