package tm.relations.mission;

import tm.relations.revision.FactFilter;

/**
 * The arguments of {@code missions}, part of its batch key.
 *
 * @param direction which missions
 * @param filter revision and dubiousness
 */
public record MissionsArguments(MissionDirection direction, FactFilter filter) {
}
