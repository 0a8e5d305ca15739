/**
 * Missions both ways: embassies, consulates, the nunciature, permanent missions and
 * offices, with their owner, city, accreditations and heads, including negative
 * statements (a mission that is not there).
 */
package tm.relations.mission;
