package tm.relations.railway;

import java.util.List;

import tm.relations.node.GraphNode;
import tm.relations.node.Relation.Property;
import tm.relations.provenance.Provenance;

/**
 * One stop of an ordered route of a pipeline, railway or corridor.
 *
 * @param seq position on the route, from 1
 * @param place the stop (a city, country or region)
 * @param country the country the stop lies in (the stop itself when a country), or null
 * @param properties the stop's other facts
 * @param current whether the newest revision states the stop
 * @param evidence the stop's provenance
 */
public record RouteStop(int seq, GraphNode place, GraphNode country, List<Property> properties, boolean current,
		List<Provenance> evidence) {

	public RouteStop {
		properties = List.copyOf(properties);
		evidence = List.copyOf(evidence);
	}

}
