package tm.relations.country;

import java.util.List;

import tm.relations.mission.MissionKind;
import tm.relations.revision.Revision;

/**
 * Counts over Turkmenistan's counterparts, missions and facts, computed by one Cypher
 * statement.
 *
 * @param asOf the revision counted, or null for all
 * @param counterparts the counterparts counted (countries; placeholders too when asked)
 * @param unnamedCounterparts placeholders with a fact linking them to Turkmenistan
 * @param counterpartsWithEmbassyInAshgabat counterparts keeping a present embassy in
 * Ashgabat
 * @param counterpartsWithDiplomaticRelations counterparts with a diplomatic-relations
 * fact
 * @param memberships organisations Turkmenistan is a member or partner of
 * @param missionsByKind missions by kind
 * @param relationsEstablishedByDecade counterparts by the decade their relations were
 * established
 * @param counterpartsByRegion counterparts by UN M49 region
 * @param factsByRevision fact records stated by each revision
 */
record Statistics(Revision asOf, int counterparts, int unnamedCounterparts, int counterpartsWithEmbassyInAshgabat,
		int counterpartsWithDiplomaticRelations, int memberships, List<MissionKindCount> missionsByKind,
		List<DecadeCount> relationsEstablishedByDecade, List<RegionCount> counterpartsByRegion,
		List<RevisionCount> factsByRevision) {

	/**
	 * Missions of one kind.
	 *
	 * @param kind the kind
	 * @param count missions present
	 * @param absent negative statements (a mission that is not there)
	 * @param inAshgabat present missions in Ashgabat
	 */
	record MissionKindCount(MissionKind kind, int count, int absent, int inAshgabat) {
	}

	/**
	 * Counterparts whose relations were established in one decade.
	 *
	 * @param decade e.g. {@code 1990s}
	 * @param count counterparts
	 */
	record DecadeCount(String decade, int count) {
	}

	/**
	 * Counterparts of one UN M49 region.
	 *
	 * @param region the region, null for none (placeholders, the Soviet Union)
	 * @param count counterparts
	 */
	record RegionCount(String region, int count) {
	}

	/**
	 * Fact records one revision states.
	 *
	 * @param revision the revision
	 * @param count fact records (relationships and fact nodes)
	 */
	record RevisionCount(Revision revision, int count) {
	}

}
