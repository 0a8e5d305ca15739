package tm.relations.revision;

/**
 * The arguments by which a field filters the facts it returns: the revision that must
 * state them ({@code asOf}, null for any) and whether statements flagged as dubious are
 * included. Also a batch-key component: one batch per distinct filter.
 *
 * @param asOf the revision asked for, or null for every revision
 * @param includeDubious whether dubious statements are included
 */
public record FactFilter(Revision asOf, boolean includeDubious) {

	/** Facts of every revision, dubious ones left out: the default answer. */
	public static final FactFilter DEFAULT = new FactFilter(null, false);

	/** The filter of a field's arguments; null {@code includeDubious} means false. */
	public static FactFilter of(Revision asOf, Boolean includeDubious) {
		return new FactFilter(asOf, Boolean.TRUE.equals(includeDubious));
	}

	/** The revision code for a Cypher {@code $asOf} parameter, null for any. */
	public String asOfCode() {
		return Revision.codeOf(this.asOf);
	}

}
