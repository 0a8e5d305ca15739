package tm.relations.energy;

import java.util.List;

import tm.relations.node.GraphNode;

/**
 * A country connected to the asked country by energy infrastructure or flows.
 *
 * @param country the partner
 * @param connections the assets and flows connecting the two
 */
public record EnergyPartner(GraphNode country, List<EnergyConnection> connections) {

	public EnergyPartner {
		connections = List.copyOf(connections);
	}

	/** Whether the newest revision states at least one connection. */
	public boolean current() {
		return this.connections.stream().anyMatch(EnergyConnection::current);
	}

}
