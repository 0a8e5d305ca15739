package tm.relations.company;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;

/**
 * The {@code AirRoute} type: a fact node served as a {@link GraphNode}, its airline,
 * cities and connections batch-loaded per level.
 */
@Controller
class AirRouteController {

	private final CompanyRepository companies;

	AirRouteController(CompanyRepository companies) {
		this.companies = companies;
	}

	@SchemaMapping(typeName = "AirRoute")
	Boolean scheduled(GraphNode route) {
		return (Boolean) route.properties().get("scheduled");
	}

	@BatchMapping(typeName = "AirRoute")
	Map<GraphNode, GraphNode> airline(List<GraphNode> routes) {
		return NodeBatches.one(routes, this.companies::airlinesOf);
	}

	@BatchMapping(typeName = "AirRoute", field = "from")
	Map<GraphNode, GraphNode> origin(List<GraphNode> routes) {
		return NodeBatches.one(routes, this.companies::originsOf);
	}

	@BatchMapping(typeName = "AirRoute", field = "to")
	Map<GraphNode, GraphNode> destination(List<GraphNode> routes) {
		return NodeBatches.one(routes, this.companies::destinationsOf);
	}

	@BatchMapping(typeName = "AirRoute")
	Map<GraphNode, List<AirRouteConnection>> connectsWith(List<GraphNode> routes) {
		return NodeBatches.many(routes, this.companies::connectionsOf);
	}

}
