package tm.relations.railway;

import java.util.List;

import tm.relations.node.GraphNode;
import tm.relations.node.PartialDate;
import tm.relations.provenance.Provenance;

/**
 * A railway extending or connecting to another, seen from one of them.
 *
 * @param key the fact's key
 * @param type {@code EXTENDS} or {@code CONNECTS_TO}
 * @param outgoing whether the viewed railway starts the relationship
 * @param railway the other railway
 * @param date when the extension was made
 * @param lengthKm length of the extension
 * @param planned whether it is only planned
 * @param potential whether the connection is only potential
 * @param at where the lines meet
 * @param current whether the newest revision states it
 * @param evidence its provenance
 */
public record RailwayLink(String key, String type, boolean outgoing, GraphNode railway, PartialDate date,
		Double lengthKm, boolean planned, boolean potential, GraphNode at, boolean current, List<Provenance> evidence) {

	public String id() {
		return "Relation:" + this.key;
	}

}
