package tm.relations.revision;

/**
 * A revision of the source article, in the graph as {@code "000"}, {@code "001"},
 * {@code "002"}.
 */
public enum Revision {

	R000, R001, R002;

	/** The newest revision: facts it states are current. */
	public static final Revision NEWEST = R002;

	/** The code the graph stores in {@code revisions}. */
	public String code() {
		return name().substring(1);
	}

	/**
	 * The code of a revision, or null for none (Cypher parameters take null as "any
	 * revision").
	 */
	public static String codeOf(Revision revision) {
		return (revision != null) ? revision.code() : null;
	}

	public static Revision ofCode(String code) {
		return valueOf("R" + code);
	}

}
