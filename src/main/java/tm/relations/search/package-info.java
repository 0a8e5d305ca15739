/**
 * Full-text search over the names and aliases of every entity, ranked by the full-text
 * index.
 */
package tm.relations.search;
