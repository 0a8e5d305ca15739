package tm.relations.path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tm.relations.node.LinkKind;
import tm.relations.node.NodeTypes;
import tm.relations.web.BadRequestException;

/**
 * The relationship types a path may follow, as two Cypher parameters: {@code types}, the
 * types followed whatever node they start at, and {@code typedStarts}, the
 * {@code TYPE:Label} pairs of the types whose kind depends on their start node
 * ({@code ROUTE:Pipeline} is ENERGY, {@code ROUTE:Railway} RAIL). A relationship
 * {@code r} is followed when
 * {@code type(r) IN $types OR any(l IN labels(startNode(r)) WHERE type(r) + ':' + l IN $typedStarts)}.
 * Both lists come from {@link LinkKind}, never from request text: requested type names
 * are only checked against them.
 *
 * @param types types followed from any node
 * @param typedStarts {@code TYPE:Label} pairs followed only from nodes with that label
 */
record LinkFilter(List<String> types, List<String> typedStarts) {

	/**
	 * RAIL paths also follow LOCATED_IN, so that a country reaches the stations that lie
	 * in it and a station its country (railway stops are towns, not countries).
	 */
	static final String RAIL_GEOGRAPHY = "LOCATED_IN";

	/** What a relationship type name of the graph model looks like. */
	private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z_]*");

	LinkFilter {
		types = List.copyOf(types);
		typedStarts = List.copyOf(typedStarts);
	}

	/**
	 * Every type a path may follow, as a Cypher relationship type expression
	 * ({@code PIPELINE_LINK|ROUTE}), for the pattern itself: the database then expands
	 * only relationships of these types, where a {@code type(r) IN $types} condition
	 * expands all of them and filters (all of Turkmenistan's relationships, 1,000-fold at
	 * the benchmark's x1000, for a path over pipelines). Written into the statement,
	 * which is safe: the names come from {@link LinkKind}, and are checked once more
	 * here.
	 * @return the type expression
	 */
	String typeExpression() {
		Set<String> all = new TreeSet<>(this.types);
		this.typedStarts.forEach((pair) -> all.add(pair.substring(0, pair.indexOf(':'))));
		all.forEach((type) -> {
			if (!TYPE_NAME.matcher(type).matches()) {
				throw new IllegalStateException("Not a relationship type name: " + type);
			}
		});
		return String.join("|", all);
	}

	/**
	 * The filter for these kinds (all when empty) narrowed to these types (all of the
	 * kinds' types when empty).
	 * @throws BadRequestException when a type is unknown, or none of the types belongs to
	 * the kinds
	 */
	static LinkFilter of(Collection<LinkKind> kinds, Collection<String> onlyTypes) {
		Set<LinkKind> wanted = (kinds == null || kinds.isEmpty()) ? EnumSet.allOf(LinkKind.class)
				: EnumSet.copyOf(kinds);
		Set<String> types = new LinkedHashSet<>();
		Set<String> typedStarts = new LinkedHashSet<>();
		for (String type : LinkKind.typesOf(wanted)) {
			List<String> startLabels = NodeTypes.labels()
				.stream()
				.filter((label) -> wanted.contains(LinkKind.of(type, NodeTypes.typeOf(List.of(label)))))
				.toList();
			if (startLabels.size() == NodeTypes.labels().size()) {
				types.add(type);
			}
			else {
				startLabels.forEach((label) -> typedStarts.add(type + ":" + label));
			}
		}
		if (wanted.contains(LinkKind.RAIL)) {
			types.add(RAIL_GEOGRAPHY);
		}
		if (onlyTypes == null || onlyTypes.isEmpty()) {
			return new LinkFilter(List.copyOf(types), List.copyOf(typedStarts));
		}
		Set<String> known = new LinkedHashSet<>(LinkKind.typesOf(EnumSet.allOf(LinkKind.class)));
		List<String> unknown = onlyTypes.stream().filter((type) -> !known.contains(type)).toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("Unknown relationship type(s) " + unknown
					+ " in 'types': use the types of the graph model, e.g. PIPELINE_LINK, RAIL_LINK, ROUTE, LOCATED_IN.");
		}
		List<String> narrowedTypes = new ArrayList<>(types);
		narrowedTypes.retainAll(onlyTypes);
		List<String> narrowedStarts = typedStarts.stream()
			.filter((pair) -> onlyTypes.contains(pair.substring(0, pair.indexOf(':'))))
			.toList();
		if (narrowedTypes.isEmpty() && narrowedStarts.isEmpty()) {
			throw new BadRequestException("None of the relationship types " + List.copyOf(onlyTypes)
					+ " belongs to the kinds " + wanted + " asked for.");
		}
		return new LinkFilter(narrowedTypes, narrowedStarts);
	}

}
