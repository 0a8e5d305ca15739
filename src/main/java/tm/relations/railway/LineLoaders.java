package tm.relations.railway;

import java.util.List;
import java.util.Map;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.revision.Revision;

/**
 * The request's data loaders of {@code route} and {@code statusHistory} (registered by
 * {@link RouteController}), for a feature that reads the routes or statuses of the lines
 * it found in its own statement ({@link RouteRepository#ROUTES},
 * {@link RouteRepository#STATUS_HISTORY}) and primes them here, so that the fields
 * resolve without a statement of their own.
 */
public final class LineLoaders {

	/** The loader of routes: by line key and {@link RouteArguments}. */
	static final String ROUTES = "lineRoutes";

	/** The loader of status histories: by line key and {@link AllStatuses}. */
	static final String STATUS_HISTORY = "lineStatusHistory";

	private LineLoaders() {
	}

	/**
	 * Primes the routes of these lines, as {@code route(asOf:)} asks for them.
	 * @param loaders the request's data loaders
	 * @param lines the lines' keys, those without stops among them
	 * @param routes the stops by line key, as {@link RouteRepository#ROUTES} reads them
	 * @param asOf the argument of {@code route}
	 */
	public static void primeRoutes(DataLoaderRegistry loaders, List<String> lines, Map<String, List<RouteStop>> routes,
			Revision asOf) {
		DataLoader<NodeBatches.Key<RouteArguments>, List<RouteStop>> loader = loaders.getDataLoader(ROUTES);
		RouteArguments arguments = new RouteArguments(asOf);
		lines.forEach(
				(line) -> loader.prime(new NodeBatches.Key<>(line, arguments), routes.getOrDefault(line, List.of())));
	}

	/**
	 * Primes the status histories of these lines.
	 * @param loaders the request's data loaders
	 * @param lines the lines' keys, those without statuses among them
	 * @param statuses the statuses by line key, as {@link RouteRepository#STATUS_HISTORY}
	 * reads them
	 */
	public static void primeStatusHistory(DataLoaderRegistry loaders, List<String> lines,
			Map<String, List<GraphNode>> statuses) {
		DataLoader<NodeBatches.Key<AllStatuses>, List<GraphNode>> loader = loaders.getDataLoader(STATUS_HISTORY);
		lines.forEach((line) -> loader.prime(new NodeBatches.Key<>(line, AllStatuses.INSTANCE),
				statuses.getOrDefault(line, List.of())));
	}

	/** The arguments of {@code route}, part of its batch key. */
	record RouteArguments(Revision asOf) {
	}

	/** {@code statusHistory} takes no arguments: one group for all lines. */
	enum AllStatuses {

		INSTANCE

	}

}
