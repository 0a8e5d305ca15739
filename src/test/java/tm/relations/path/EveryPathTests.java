package tm.relations.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import tm.relations.GraphApiTestSupport;
import tm.relations.node.KeyedRows;
import tm.relations.node.LinkKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paths} finds exactly the paths a plain enumeration in Cypher finds, in the same
 * order: every path of at most {@code maxHops} hops that visits no node twice, follows
 * only the links of the kinds asked for and passes through no placeholder or attribute
 * node; shortest first, then step by step by relationship type, the name of the node it
 * leads to and the relationship's key. The service prunes its search (the neighbourhood
 * of the endpoint with fewer links, not expanded beyond the other, and each node's
 * distance to the end); this holds it to the unpruned answer, with the hub (Turkmenistan)
 * at either end.
 */
class EveryPathTests extends GraphApiTestSupport {

	private static final String EVERY_PATH = """
			CYPHER 25
			MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
			MATCH p = (start) (()-[r:TYPES WHERE %s]-(x WHERE x = end OR (%s))){1,%%d} (end)
			WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
			RETURN [n IN nodes(p) | coalesce(n.id, n.key)] AS keys,
			       [i IN range(0, length(p) - 1) |
			         [type(relationships(p)[i]),
			          coalesce(nodes(p)[i + 1].name, nodes(p)[i + 1].value, nodes(p)[i + 1].id, nodes(p)[i + 1].key),
			          coalesce(relationships(p)[i].key, elementId(relationships(p)[i]))]] AS steps"""
		.formatted(PathRepository.FOLLOWED, PathRepository.PASSABLE);

	private static final String PATHS = """
			query ($from: String!, $to: String!, $kinds: [LinkKind!], $maxHops: Int) {
			  paths(from: $from, to: $to, kinds: $kinds, maxHops: $maxHops, first: 50) { paths { nodes { id } } }
			}""";

	private static final String SHORTEST_PATHS = """
			query ($from: String!, $to: String!, $kinds: [LinkKind!], $maxHops: Int) {
			  shortestPaths(from: $from, to: $to, kinds: $kinds, maxHops: $maxHops) { paths { nodes { id } } }
			}""";

	private static final ParameterizedTypeReference<List<Map<String, List<Map<String, String>>>>> PATH_LIST = new ParameterizedTypeReference<>() {
	};

	@ParameterizedTest(name = "{0} to {1} over {2}, at most {3} hops")
	@CsvSource({ "turkmenistan, tajikistan, RAIL, 4", "tajikistan, turkmenistan, RAIL, 4",
			"turkmenistan, india, ENERGY, 3", "india, turkmenistan, ENERGY, 3", "pakistan, russia, ENERGY, 4",
			"afghanistan, turkmenistan, RAIL, 3", "japan, georgia, DIPLOMATIC, 3",
			"georgia, turkmenistan, DIPLOMATIC, 3", "turkmenistan, india, ENERGY, 1",
			"india, turkmenistan, ENERGY, 1" })
	void findsEveryPathAPlainEnumerationFinds(String from, String to, LinkKind kind, int maxHops) {
		LinkFilter filter = LinkFilter.of(List.of(kind), List.of());
		List<Record> every = new ArrayList<>(
				this.driver.executableQuery(EVERY_PATH.formatted(maxHops).replace("TYPES", filter.typeExpression()))
					.withParameters(KeyedRows.parameters("from", from, "to", to, "types", filter.types(), "typedStarts",
							filter.typedStarts(), "asOf", null))
					.execute()
					.records());
		// Shortest first, then the first step that differs decides: type, then name, then
		// key, the order in which the service takes a node's relationships.
		every.sort(Comparator.comparing((Record path) -> path.get("steps").size())
			.thenComparing((path) -> path.get("steps").asList((step) -> step.asList(Value::asString)),
					EveryPathTests::stepByStep));
		List<List<String>> expected = every.stream().map((path) -> path.get("keys").asList(Value::asString)).toList();
		assertThat(expected).as("a case with paths, under the page size").isNotEmpty().hasSizeLessThan(50);

		List<List<String>> found = ids(this.graphQl.document(PATHS)
			.variable("from", "Country:" + from)
			.variable("to", "Country:" + to)
			.variable("kinds", List.of(kind.name()))
			.variable("maxHops", maxHops)
			.execute()
			.path("paths.paths"));

		assertThat(found).isEqualTo(expected);
	}

	@Test
	void shortestPathsAreTheFirstPathsInTheSameOrder() {
		// Every pair of these, over every kind of link: several have more than one
		// shortest path, whose order the database's plan decided before.
		List<String> countries = List.of("turkmenistan", "japan", "georgia", "india", "tajikistan", "russia",
				"afghanistan", "china");
		int withSeveral = 0;
		for (String from : countries) {
			for (String to : countries) {
				if (from.equals(to)) {
					continue;
				}
				List<List<String>> paths = withinThreeHops(PATHS, "paths", from, to);
				int shortest = paths.isEmpty() ? 0 : paths.get(0).size();
				List<List<String>> expected = paths.stream().filter((path) -> path.size() == shortest).toList();
				List<List<String>> found = withinThreeHops(SHORTEST_PATHS, "shortestPaths", from, to);
				assertThat(found).as("%s to %s", from, to).isEqualTo(expected);
				withSeveral += (expected.size() > 1) ? 1 : 0;
			}
		}
		assertThat(withSeveral).as("pairs with several shortest paths").isGreaterThan(5);
	}

	/** The paths a query finds between two countries over every kind of link. */
	private List<List<String>> withinThreeHops(String document, String field, String from, String to) {
		return ids(this.graphQl.document(document)
			.variable("from", "Country:" + from)
			.variable("to", "Country:" + to)
			.variable("maxHops", 3)
			.execute()
			.path(field + ".paths"));
	}

	/** The keys of each path's nodes (the ids without their type). */
	private static List<List<String>> ids(GraphQlTester.Path paths) {
		return paths.entity(PATH_LIST)
			.get()
			.stream()
			.map((path) -> path.get("nodes")
				.stream()
				.map((node) -> node.get("id").substring(node.get("id").indexOf(':') + 1))
				.toList())
			.toList();
	}

	private static int stepByStep(List<List<String>> steps, List<List<String>> others) {
		for (int i = 0; i < steps.size(); i++) {
			int order = Arrays.compare(steps.get(i).toArray(String[]::new), others.get(i).toArray(String[]::new));
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

}
