/**
 * Revisions of the source article: the {@code asOf} filter and the changes between two
 * revisions.
 */
package tm.relations.revision;
