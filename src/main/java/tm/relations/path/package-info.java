/**
 * Paths between any two nodes, shortest or all up to a number of hops, restricted to
 * kinds of link and shaped for drawing as nodes and edges.
 */
package tm.relations.path;
