package tm.relations.mission;

import java.util.List;

import tm.relations.node.GraphNode;

/**
 * What a mission is linked to: its owner, city, the city its head resides in, its
 * accreditations and heads. Loaded together, in one statement for all the missions of a
 * request, because a client asking for one of them nearly always asks for the others (the
 * five were five statements before).
 *
 * @param owner who maintains the mission
 * @param city the city it is in, null when the text names none
 * @param headResidentIn where its head resides, when elsewhere
 * @param accreditedTo its accreditations
 * @param heads the people heading it
 */
public record MissionLinks(GraphNode owner, GraphNode city, GraphNode headResidentIn, List<Accreditation> accreditedTo,
		List<MissionHead> heads) {

	/**
	 * The links of a mission that is not in the graph (never the case for a loaded one).
	 */
	static final MissionLinks NONE = new MissionLinks(null, null, null, List.of(), List.of());

}
