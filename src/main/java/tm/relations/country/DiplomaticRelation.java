package tm.relations.country;

import java.util.List;
import java.util.Map;

import tm.relations.node.PartialDate;
import tm.relations.provenance.Provenance;

/**
 * One record of the diplomatic relations between Turkmenistan and a counterpart. Records
 * of the same relation may differ by revision, so a counterpart can have several.
 *
 * @param key the fact's key
 * @param established the date the text gives, at its precision; null when the relation is
 * only implied by the missions the two exchange
 * @param impliedByMissions whether the text gives no date and the relation is implied by
 * the missions
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record DiplomaticRelation(String key, PartialDate established, boolean impliedByMissions, boolean current,
		List<Provenance> evidence) {

	static DiplomaticRelation of(Map<String, Object> stored) {
		return new DiplomaticRelation((String) stored.get("key"),
				PartialDate.of((String) stored.get("established"), (String) stored.get("establishedPrecision")),
				"MISSIONS".equals(stored.get("impliedBy")), Boolean.TRUE.equals(stored.get("current")),
				Provenance.of(stored));
	}

}
