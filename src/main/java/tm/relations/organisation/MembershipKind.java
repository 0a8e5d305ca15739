package tm.relations.organisation;

/**
 * Member ({@code MEMBER_OF}) or partner ({@code PARTNER_OF}) of an organisation.
 */
enum MembershipKind {

	MEMBER, PARTNER;

	static MembershipKind ofType(String relationshipType) {
		return "PARTNER_OF".equals(relationshipType) ? PARTNER : MEMBER;
	}

}
