package tm.relations.mission;

/**
 * Which missions of a country: those it keeps, those others keep accredited to it, or
 * both.
 */
public enum MissionDirection {

	/** Missions the country maintains. */
	SENT,
	/** Missions others maintain, accredited to the country. */
	HOSTED,
	/** Both. */
	BOTH

}
