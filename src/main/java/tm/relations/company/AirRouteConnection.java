package tm.relations.company;

import java.util.List;
import java.util.Map;

import tm.relations.node.GraphNode;
import tm.relations.provenance.Provenance;

/**
 * A connection between two air routes.
 *
 * @param route the other route
 * @param at the city where they connect
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record AirRouteConnection(GraphNode route, GraphNode at, boolean current, List<Provenance> evidence) {

	static AirRouteConnection of(GraphNode route, GraphNode at, Map<String, Object> stored) {
		return new AirRouteConnection(route, at, Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
