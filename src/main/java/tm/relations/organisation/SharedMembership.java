package tm.relations.organisation;

/**
 * An organisation both a country and Turkmenistan belong to.
 *
 * @param organisation the organisation
 * @param membership the country's membership
 * @param turkmenistanMembership Turkmenistan's membership
 */
record SharedMembership(tm.relations.node.GraphNode organisation, Membership membership,
		Membership turkmenistanMembership) {
}
