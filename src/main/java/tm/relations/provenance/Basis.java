package tm.relations.provenance;

/**
 * How the counterpart or location of a fact was established.
 */
public enum Basis {

	/** The quoted sentence names it. */
	STATED,
	/** Another sentence of the same paragraph names it. */
	PARAGRAPH,
	/** The text never names it; the fact hangs on a placeholder. */
	UNSTATED,
	/** Geographic reference data. */
	REFERENCE

}
