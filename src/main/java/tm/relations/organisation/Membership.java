package tm.relations.organisation;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A country's membership of, or partnership with, an organisation.
 *
 * @param member the member
 * @param organisation the organisation
 * @param kind member or partner
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record Membership(GraphNode member, GraphNode organisation, MembershipKind kind, boolean current,
		List<Provenance> evidence) {

	static Membership of(GraphNode member, GraphNode organisation, String type, Map<String, Object> stored) {
		return new Membership(member, organisation, MembershipKind.ofType(type),
				Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
