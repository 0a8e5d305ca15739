package tm.relations.node;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinds of link between nodes, and which relationship types belong to each. The path
 * finder and the relations field filter on these; the model document lists the same
 * mapping.
 */
public enum LinkKind {

	GEOGRAPHY("LOCATED_IN", "BORDERS"),
	DIPLOMATIC("INDEPENDENT_FROM", "DIPLOMATIC_RELATIONS", "RECOGNISED", "DOES_NOT_RECOGNISE", "MAINTAINS",
			"MISSION_IN", "ACCREDITED_TO", "HEAD_RESIDENT_IN", "HEADS", "APPOINTED_BY", "LEADER_OF", "STATED_POLICY"),
	MEMBERSHIP("MEMBER_OF", "PARTNER_OF", "PART_OF"),
	ENERGY("PIPELINE_LINK", "EXPORTS_GAS_TO", "EXPORTS_ELECTRICITY_TO", "EXPORTS_LPG_TO", "SUPPLIES_WARM_WATER_TO",
			"BACKED_BY", "SPANS", "OPERATES", "HOLDS"),
	RAIL("RAIL_LINK", "EXTENDS", "CONNECTS_TO", "PART_OF_CORRIDOR", "INTERESTED_IN", "USES_SEAPORTS_IN"),
	TREATY("PARTY_TO", "CONCERNS"),
	CORPORATE("HEADQUARTERED_IN", "ACTIVE_IN", "OWNED_BY", "HAS_OFFICE_IN", "BUILT", "FINANCED", "INVOLVED_IN",
			"OPERATED_BY", "FLIES_FROM", "FLIES_TO", "CONNECTS_WITH"),
	TRADE("TRADES_WITH", "HOLDS_RESERVES_AT", "HAS_ENTERPRISES_IN", "COMPETES_WITH", "POTENTIAL_PARTNER_OF",
			"ENERGY_MARKET_FOR"),
	DISPUTE("INVOLVES", "ADVOCATES"), OTHER("EDUCATES_STUDENTS_OF", "MEDICAL_TOURISM_TO", "LINGUISTIC_AFFINITY",
			"HAS_STATUS", "KNOWN_AS", "HAS_STATISTIC");

	/** Relationship types whose kind depends on the node they start from. */
	private static final Map<String, Map<String, LinkKind>> BY_START_LABEL = Map.of("ROUTE",
			Map.of("Pipeline", ENERGY, "Railway", RAIL, "Corridor", RAIL), "BUILT_BY",
			Map.of("Pipeline", ENERGY, "Dam", ENERGY));

	private final Set<String> types;

	LinkKind(String... types) {
		this.types = Set.of(types);
	}

	/**
	 * The relationship types of these kinds (all kinds when empty), for a Cypher type
	 * filter.
	 */
	public static List<String> typesOf(java.util.Collection<LinkKind> kinds) {
		Set<String> types = new LinkedHashSet<>();
		for (LinkKind kind : (kinds == null || kinds.isEmpty()) ? List.of(values()) : kinds) {
			types.addAll(kind.types);
			BY_START_LABEL.forEach((type, byLabel) -> {
				if (byLabel.containsValue(kind) || (type.equals("BUILT_BY") && kind == CORPORATE)) {
					types.add(type);
				}
			});
		}
		return List.copyOf(types);
	}

	/**
	 * The kind of a relationship of this type starting at a node of this GraphQL type.
	 */
	public static LinkKind of(String relationshipType, String startType) {
		Map<String, LinkKind> byLabel = BY_START_LABEL.get(relationshipType);
		if (byLabel != null) {
			return byLabel.getOrDefault(startType, CORPORATE);
		}
		for (LinkKind kind : values()) {
			if (kind.types.contains(relationshipType)) {
				return kind;
			}
		}
		return OTHER;
	}

}
