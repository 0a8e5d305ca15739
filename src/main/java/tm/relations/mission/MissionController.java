package tm.relations.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;

/**
 * The {@code Mission} type and the {@code missions} of countries and placeholders. A
 * mission is a fact node served as a {@link GraphNode}: its own properties come from the
 * node (those stored as they are served, such as {@code since} or {@code inCapital},
 * through {@code NodeWiring}'s stored-property fetcher, without a method here), its
 * owner, city, accreditations and heads are batch-loaded per level.
 */
@Controller
class MissionController {

	private final MissionRepository missions;

	MissionController(MissionRepository missions, BatchLoaderRegistry batchLoaders) {
		this.missions = missions;
		NodeBatches.register(batchLoaders, "missions", missions::missionsOf);
		NodeBatches.registerByKey(batchLoaders, "missionLinks", missions::linksOf);
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

	@SchemaMapping(typeName = "Mission")
	CompletableFuture<GraphNode> owner(GraphNode mission, DataLoader<String, MissionLinks> missionLinks) {
		return links(mission, missionLinks).thenApply(MissionLinks::owner);
	}

	@SchemaMapping(typeName = "Mission")
	CompletableFuture<GraphNode> city(GraphNode mission, DataLoader<String, MissionLinks> missionLinks) {
		return links(mission, missionLinks).thenApply(MissionLinks::city);
	}

	@SchemaMapping(typeName = "Mission")
	CompletableFuture<GraphNode> headResidentIn(GraphNode mission, DataLoader<String, MissionLinks> missionLinks) {
		return links(mission, missionLinks).thenApply(MissionLinks::headResidentIn);
	}

	@SchemaMapping(typeName = "Mission")
	CompletableFuture<List<Accreditation>> accreditedTo(GraphNode mission,
			DataLoader<String, MissionLinks> missionLinks) {
		return links(mission, missionLinks).thenApply(MissionLinks::accreditedTo);
	}

	@SchemaMapping(typeName = "Mission")
	CompletableFuture<List<MissionHead>> heads(GraphNode mission, DataLoader<String, MissionLinks> missionLinks) {
		return links(mission, missionLinks).thenApply(MissionLinks::heads);
	}

	private static CompletableFuture<MissionLinks> links(GraphNode mission, DataLoader<String, MissionLinks> loader) {
		return loader.load(mission.key()).thenApply((links) -> (links != null) ? links : MissionLinks.NONE);
	}

	private static MissionsArguments arguments(MissionDirection direction, Revision asOf, Boolean includeDubious) {
		return new MissionsArguments((direction != null) ? direction : MissionDirection.BOTH,
				FactFilter.of(asOf, includeDubious));
	}

}
