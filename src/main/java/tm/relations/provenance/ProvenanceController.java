package tm.relations.provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.NodeId;
import tm.relations.node.NodeTypes;
import tm.relations.web.BadRequestException;

/**
 * {@code provenance}: the evidence of any node or relationship, by the global id the API
 * gives it ({@code Country:japan}, {@code Relation:gas.main-buyer.china}).
 */
@Controller
class ProvenanceController {

	private static final String RELATION = "Relation";

	private final ProvenanceRepository provenance;

	ProvenanceController(ProvenanceRepository provenance) {
		this.provenance = provenance;
	}

	@QueryMapping
	ProvenanceResult provenance(@Argument String id) {
		NodeId parsed = NodeId.parse(id);
		if (parsed == null) {
			throw new BadRequestException("'" + id + "' is not a global id: expected Type:key, e.g. Country:japan.");
		}
		if (parsed.type().equals(RELATION)) {
			return this.provenance.ofRelation(id, parsed.key()).orElse(null);
		}
		String label = NodeTypes.labelOf(parsed.type());
		if (label == null) {
			throw new BadRequestException("'" + parsed.type()
					+ "' is not a type of this API's ids: expected Relation or a node type such as Country.");
		}
		return this.provenance.ofNode(id, label, parsed.key()).orElse(null);
	}

}
