/**
 * Railways and corridors with their ordered stations, status history and links, and the
 * ordered routes (stops resolved to their countries) and status facts they share with
 * pipelines.
 */
package tm.relations.railway;
