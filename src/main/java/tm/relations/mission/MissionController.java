package tm.relations.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.PartialDate;
import tm.relations.node.NodeBatches;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;

/**
 * The {@code Mission} type and the {@code missions} of countries and placeholders. A
 * mission is a fact node served as a {@link GraphNode}: its own properties come from the
 * node, its owner, city, accreditations and heads are batch-loaded per level.
 */
@Controller
class MissionController {

	private final MissionRepository missions;

	MissionController(MissionRepository missions, BatchLoaderRegistry batchLoaders) {
		this.missions = missions;
		NodeBatches.register(batchLoaders, "missions", missions::missionsOf);
	}

	@SchemaMapping(typeName = "Country", field = "missions")
	CompletableFuture<List<GraphNode>> countryMissions(GraphNode country, @Argument MissionDirection direction,
			@Argument Revision asOf, @Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<MissionsArguments>, List<GraphNode>> missions) {
		return missions.load(new NodeBatches.Key<>(country.key(), arguments(direction, asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Placeholder", field = "missions")
	CompletableFuture<List<GraphNode>> placeholderMissions(GraphNode placeholder, @Argument MissionDirection direction,
			@Argument Revision asOf, @Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<MissionsArguments>, List<GraphNode>> missions) {
		return missions.load(new NodeBatches.Key<>(placeholder.key(), arguments(direction, asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Mission")
	MissionKind missionKind(GraphNode mission) {
		MissionKind kind = MissionKind.of(mission.properties().get("missionKind"));
		return (kind != null) ? kind : MissionKind.OTHER;
	}

	@SchemaMapping(typeName = "Mission")
	boolean present(GraphNode mission) {
		return !Boolean.FALSE.equals(mission.properties().get("present"));
	}

	@SchemaMapping(typeName = "Mission")
	Boolean resident(GraphNode mission) {
		return (Boolean) mission.properties().get("resident");
	}

	@SchemaMapping(typeName = "Mission")
	Boolean inCapital(GraphNode mission) {
		return (Boolean) mission.properties().get("inCapital");
	}

	@SchemaMapping(typeName = "Mission")
	PartialDate since(GraphNode mission) {
		return PartialDate.of((String) mission.properties().get("since"),
				(String) mission.properties().get("sincePrecision"));
	}

	@SchemaMapping(typeName = "Mission")
	List<MissionKind> doublesAs(GraphNode mission) {
		Object stored = mission.properties().get("doublesAs");
		List<MissionKind> kinds = new ArrayList<>();
		if (stored instanceof List<?> list) {
			list.forEach((value) -> kinds.add(MissionKind.of(value)));
		}
		else if (stored != null) {
			kinds.add(MissionKind.of(stored));
		}
		return kinds;
	}

	@BatchMapping(typeName = "Mission")
	Map<GraphNode, GraphNode> owner(List<GraphNode> missions) {
		return NodeBatches.one(missions, this.missions::ownersOf);
	}

	@BatchMapping(typeName = "Mission")
	Map<GraphNode, GraphNode> city(List<GraphNode> missions) {
		return NodeBatches.one(missions, this.missions::citiesOf);
	}

	@BatchMapping(typeName = "Mission")
	Map<GraphNode, GraphNode> headResidentIn(List<GraphNode> missions) {
		return NodeBatches.one(missions, this.missions::headResidencesOf);
	}

	@BatchMapping(typeName = "Mission")
	Map<GraphNode, List<Accreditation>> accreditedTo(List<GraphNode> missions) {
		return NodeBatches.many(missions, this.missions::accreditationsOf);
	}

	@BatchMapping(typeName = "Mission")
	Map<GraphNode, List<MissionHead>> heads(List<GraphNode> missions) {
		return NodeBatches.many(missions, this.missions::headsOf);
	}

	private static MissionsArguments arguments(MissionDirection direction, Revision asOf, Boolean includeDubious) {
		return new MissionsArguments((direction != null) ? direction : MissionDirection.BOTH,
				FactFilter.of(asOf, includeDubious));
	}

}
