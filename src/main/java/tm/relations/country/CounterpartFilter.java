package tm.relations.country;

/**
 * The {@code CounterpartFilter} input: every condition given must hold.
 *
 * @param hasEmbassyInAshgabat whether the counterpart keeps a present embassy in Ashgabat
 * (true), does not (false), or either (null)
 * @param hasMissionKind a mission kind the counterpart and Turkmenistan exchange (either
 * way), or null
 * @param establishedBefore relations established wholly before this ISO partial date
 * @param establishedAfter relations established wholly after this ISO partial date
 * @param region UN M49 region, case-insensitive
 * @param subregion UN M49 sub-region, case-insensitive
 * @param nameContains a part of the name or an alias, case-insensitive
 */
record CounterpartFilter(Boolean hasEmbassyInAshgabat, String hasMissionKind, String establishedBefore,
		String establishedAfter, String region, String subregion, String nameContains) {

	static final CounterpartFilter NONE = new CounterpartFilter(null, null, null, null, null, null, null);

}
