/**
 * Starting the embedded Neo4j (unless an external one is configured) and applying the
 * Cypher load scripts of {@code cypher/} to whichever Neo4j the service uses.
 */
package tm.relations.loading;
