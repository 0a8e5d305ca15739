/**
 * The {@code Node} and {@code Entity} interfaces: global ids, fetching any node by id,
 * type resolution and every node's relations.
 */
package tm.relations.node;
