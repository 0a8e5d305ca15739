/**
 * Pipelines, dams, fields, concessions and energy flows, and the partners a country is
 * connected to by them.
 */
package tm.relations.energy;
