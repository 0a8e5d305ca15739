/**
 * The evidence every fact carries: which revisions state it and the verbatim sentence of
 * each.
 */
package tm.relations.provenance;
