/**
 * The warm-up after start: the example questions run once through the GraphQL engine
 * before the service reports itself ready, so that Neo4j has planned their statements.
 */
package tm.relations.warmup;
