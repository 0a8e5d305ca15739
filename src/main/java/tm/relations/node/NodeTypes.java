package tm.relations.node;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping between graph labels and GraphQL types: one place to change when a kind is
 * added.
 */
public final class NodeTypes {

	/** Labels of node kinds, each the name of its GraphQL type unless renamed below. */
	private static final List<String> LABELS = List.of("Country", "Placeholder", "City", "Region", "Organisation",
			"Company", "Person", "Pipeline", "Dam", "Field", "Concession", "Railway", "Corridor", "Satellite",
			"Project", "Mission", "Treaty", "Dispute", "AirRoute", "Status", "Name", "Statistic");

	private static final Map<String, String> RENAMED = Map.of("Status", "StatusStatement", "Name", "NameStatement");

	private static final Set<String> FACT_TYPES = Set.of("Mission", "Treaty", "Dispute", "AirRoute", "StatusStatement",
			"NameStatement", "Statistic");

	private NodeTypes() {
	}

	/**
	 * Every label of a node kind, for example to spell out in a Cypher parameter which
	 * start labels give a relationship type a link kind.
	 */
	public static List<String> labels() {
		return LABELS;
	}

	/** The GraphQL type of a node with these labels. */
	public static String typeOf(Iterable<String> labels) {
		for (String label : LABELS) {
			for (String candidate : labels) {
				if (candidate.equals(label)) {
					return RENAMED.getOrDefault(label, label);
				}
			}
		}
		throw new IllegalStateException("No GraphQL type for a node labelled " + labels);
	}

	/** The graph label of a GraphQL type, or null if the type is not a node type. */
	public static String labelOf(String type) {
		for (String label : LABELS) {
			if (RENAMED.getOrDefault(label, label).equals(type)) {
				return label;
			}
		}
		return null;
	}

	/**
	 * Whether nodes of this GraphQL type are fact nodes (keyed by {@code key}) rather
	 * than entities.
	 */
	public static boolean isFact(String type) {
		return FACT_TYPES.contains(type);
	}

	/** The {@code EntityKind} enum value of an entity type, e.g. {@code COUNTRY}. */
	static String kindOf(String type) {
		return type.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

}
