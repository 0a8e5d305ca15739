package tm.relations.energy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;

import tm.relations.revision.Revision;
import tm.relations.web.NormalizedSelection;

/**
 * What a request asks of the pipelines among the partners' assets that the partners'
 * statement can read as well ({@link EnergyRepository#ENERGY_PARTNERS}): their
 * {@code route} and {@code statusHistory}, which otherwise cost a statement each through
 * their data loaders.
 *
 * @param routes whether to read the routes
 * @param routeAsOf the {@code asOf} every {@code route} below asks for (null: all
 * revisions)
 * @param statusHistory whether to read the status histories
 */
record PipelineFields(boolean routes, Revision routeAsOf, boolean statusHistory) {

	/**
	 * What the request asks below a field of partners. Routes asked with differing
	 * {@code asOf} (under aliases) are not read: their loader reads each as before.
	 * @param field the field, normalised ({@link NormalizedSelection#of})
	 * @param path where the partners are below it ({@code ""} for the field's own list,
	 * {@code "edges/node/"} for a connection)
	 * @return what to read with the partners
	 */
	static PipelineFields asked(ExecutableNormalizedField field, String path) {
		String asset = path + "connections/asset/";
		List<ExecutableNormalizedField> routes = NormalizedSelection.below(field, asset + "route");
		// A set that holds null: an absent asOf and an explicit null both ask for all.
		Set<Object> asOf = new HashSet<>();
		routes.forEach((route) -> asOf.add(route.getResolvedArguments().get("asOf")));
		Object routeAsOf = (asOf.size() == 1) ? asOf.iterator().next() : null;
		return new PipelineFields(asOf.size() == 1,
				(routeAsOf != null) ? Revision.valueOf(String.valueOf(routeAsOf)) : null,
				!NormalizedSelection.below(field, asset + "statusHistory").isEmpty());
	}

	/** Whether anything is read with the partners. */
	boolean readsAny() {
		return this.routes || this.statusHistory;
	}

}
