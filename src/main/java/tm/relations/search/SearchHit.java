package tm.relations.search;

import tm.relations.node.GraphNode;

/**
 * One ranked hit of a full-text search.
 *
 * @param score the full-text relevance score (higher is better)
 * @param node the entity found
 * @param matchedName the name, alias, acronym or code that matched, verbatim; null when
 * no single one can be told
 */
record SearchHit(double score, GraphNode node, String matchedName) {

}
