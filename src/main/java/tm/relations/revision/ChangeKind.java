package tm.relations.revision;

/**
 * How a fact differs between two revisions: the list of the diff it belongs to.
 */
enum ChangeKind {

	/** Only the newer side states it. */
	ADDED,

	/** Only the older side states it. */
	REMOVED,

	/** Both sides state it, with different records. */
	CHANGED,

	/** Both sides state it with the same records. */
	UNCHANGED

}
