/**
 * International organisations, agencies and programmes: their members and partners, their
 * missions in Ashgabat, what they are part of, and the memberships a country shares with
 * Turkmenistan.
 */
package tm.relations.organisation;
