package tm.relations.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;
import tm.relations.node.LinkKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PRODUCT 4.5: shortest and all paths between two entities, restricted to kinds of link,
 * against the graph loaded from the real scripts.
 */
class PathControllerTests extends GraphApiTestSupport {

	@Autowired
	private PathRepository pathRepository;

	private static final String RESULT = """
			{ paths { length nodes { id ... on Entity { kind } } edges { id source target type kind
			          properties { name value } evidence { revision quote dubious } } }
			  nodes { id } edges { id source target } }""";

	private static final String SHORTEST = """
			query ($from: String!, $to: String!, $kinds: [LinkKind!], $types: [String!], $maxHops: Int, $asOf: Revision) {
			  result: shortestPaths(from: $from, to: $to, kinds: $kinds, types: $types, maxHops: $maxHops, asOf: $asOf) %s
			}"""
		.formatted(RESULT);

	private static final String ALL = """
			query ($from: String!, $to: String!, $kinds: [LinkKind!], $types: [String!], $maxHops: Int, $first: Int, $asOf: Revision) {
			  result: paths(from: $from, to: $to, kinds: $kinds, types: $types, maxHops: $maxHops, first: $first, asOf: $asOf) %s
			}"""
		.formatted(RESULT);

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Test
	void theShortestPipelinePathFromTurkmenistanToIndiaPassesThroughAfghanistanAndPakistan() {
		List<Map<String, Object>> paths = paths(
				query(SHORTEST, "Turkmenistan", "India").variable("kinds", List.of("ENERGY"))
					.variable("types", List.of("PIPELINE_LINK")));
		assertThat(paths).singleElement().satisfies((path) -> {
			assertThat(path).containsEntry("length", 3);
			assertThat(nodeIds(path)).containsExactly("Country:turkmenistan", "Country:afghanistan", "Country:pakistan",
					"Country:india");
			assertThat(edges(path)).allSatisfy((edge) -> {
				assertThat(edge).containsEntry("type", "PIPELINE_LINK").containsEntry("kind", "ENERGY");
				assertThat(edge.get("properties").toString()).contains("tapi-pipeline");
				assertThat(evidence(edge)).extracting((e) -> e.get("revision")).containsExactly("R000", "R002");
				assertThat(evidence(edge)).allSatisfy(
						(e) -> assertThat((String) e.get("quote")).contains("Turkmen gas to Afghanistan and Pakistan"));
			});
		});
	}

	@Test
	void theShortestEnergyPathToIndiaIsTheGasExportItselfAndAllPathsIncludeTheTapiChain() {
		List<Map<String, Object>> shortest = paths(
				query(SHORTEST, "Turkmenistan", "India").variable("kinds", List.of("ENERGY")));
		assertThat(shortest).isNotEmpty().allSatisfy((path) -> assertThat(path).containsEntry("length", 1));
		assertThat(shortest).flatExtracting(PathControllerTests::edges)
			.extracting((edge) -> edge.get("type"))
			.contains("EXPORTS_GAS_TO");
		List<Map<String, Object>> all = paths(
				query(ALL, "Turkmenistan", "India").variable("kinds", List.of("ENERGY")).variable("maxHops", 3));
		assertThat(all).extracting((path) -> (Integer) path.get("length")).isSorted();
		assertThat(all).extracting(PathControllerTests::nodeIds)
			.contains(List.of("Country:turkmenistan", "Country:afghanistan", "Country:pakistan", "Country:india"),
					List.of("Country:turkmenistan", "Pipeline:tapi-pipeline", "Country:india"));
	}

	@Test
	void aRailPathLeadsFromTurkmenistanToTajikistanThroughTheNorthernAfghanistanCorridor() {
		List<Map<String, Object>> shortest = paths(
				query(SHORTEST, "Turkmenistan", "Tajikistan").variable("kinds", List.of("RAIL")));
		assertThat(shortest).isNotEmpty()
			.allSatisfy((path) -> assertThat(nodeIds(path)).contains("City:andkhoy",
					"Corridor:northern-afghanistan-corridor"));
		List<Map<String, Object>> byStations = paths(
				query(ALL, "Turkmenistan", "Tajikistan").variable("kinds", List.of("RAIL"))
					.variable("types", List.of("RAIL_LINK", "LOCATED_IN")));
		assertThat(byStations).extracting(PathControllerTests::nodeIds)
			.contains(List.of("Country:turkmenistan", "City:andkhoy", "City:sherkhan-bandar", "City:mazar-i-sharif",
					"City:kunduz", "Country:tajikistan"));
		assertThat(byStations).flatExtracting(PathControllerTests::edges)
			.allSatisfy((edge) -> assertThat(evidence(edge)).isNotEmpty());
	}

	@Test
	void railPathsFollowLocatedInSoThatACountryReachesItsStations() {
		List<Map<String, Object>> newest = paths(
				query(SHORTEST, "Turkmenistan", "Tajikistan").variable("kinds", List.of("RAIL"))
					.variable("asOf", "R002"));
		assertThat(newest).isNotEmpty().allSatisfy((path) -> {
			Map<String, Object> first = edges(path).get(0);
			assertThat(first).containsEntry("type", "LOCATED_IN").containsEntry("kind", "GEOGRAPHY");
			assertThat(nodeIds(path).get(1)).isIn("City:serhetabat", "City:kerki", "City:ymamnazar");
			assertThat(edges(path))
				.allSatisfy((edge) -> assertThat(evidence(edge)).extracting((e) -> e.get("revision")).contains("R002"));
		});
	}

	@Test
	void neverFollowsDubiousStatementsNorPassesThroughPlaceholders() {
		List<Map<String, Object>> paths = paths(
				query(ALL, "Pakistan", "Russia").variable("kinds", List.of("ENERGY")).variable("maxHops", 4));
		assertThat(paths).flatExtracting(PathControllerTests::edges)
			.extracting((edge) -> edge.get("type"))
			.doesNotContain("SUPPLIES_WARM_WATER_TO");
		List<Map<String, Object>> diplomatic = paths(
				query(ALL, "Japan", "Georgia").variable("kinds", List.of("DIPLOMATIC")).variable("maxHops", 4));
		assertThat(diplomatic).isNotEmpty()
			.allSatisfy((path) -> assertThat(nodeKinds(path).subList(1, nodeKinds(path).size() - 1))
				.doesNotContain("PLACEHOLDER"));
	}

	@Test
	void theResultIsShapedForDrawing() {
		Map<String, Object> result = result(
				query(ALL, "TKM", "Country:azerbaijan").variable("maxHops", 3).variable("first", 20));
		List<Map<String, Object>> paths = list(result, "paths");
		assertThat(paths).hasSize(20);
		List<Object> nodeIds = list(result, "nodes").stream().map((node) -> node.get("id")).toList();
		List<Object> edgeIds = list(result, "edges").stream().map((edge) -> edge.get("id")).toList();
		assertThat(nodeIds).doesNotHaveDuplicates();
		assertThat(edgeIds).doesNotHaveDuplicates();
		assertThat(list(result, "edges"))
			.allSatisfy((edge) -> assertThat(nodeIds).contains(edge.get("source"), edge.get("target")));
		for (Map<String, Object> path : paths) {
			List<String> nodes = nodeIds(path);
			List<Map<String, Object>> edges = edges(path);
			assertThat(nodes).hasSize(edges.size() + 1).doesNotHaveDuplicates();
			assertThat(nodes.get(0)).isEqualTo("Country:turkmenistan");
			assertThat(nodes.get(nodes.size() - 1)).isEqualTo("Country:azerbaijan");
			for (int i = 0; i < edges.size(); i++) {
				assertThat(List.of(edges.get(i).get("source"), edges.get(i).get("target")))
					.containsExactlyInAnyOrder(nodes.get(i), nodes.get(i + 1));
			}
			assertThat(nodeIds).containsAll(nodes);
			assertThat(edgeIds).containsAll(edges.stream().map((edge) -> edge.get("id")).toList());
		}
	}

	@Test
	void findsTheFewPathsBetweenTwoRarelyLinkedEntitiesQuickly() {
		List<Map<String, Object>> paths = paths(query(ALL, "Uzbekistan", "Soviet Union"));
		assertThat(paths).isNotEmpty().allSatisfy((path) -> assertThat(nodeIds(path)).contains("Country:turkmenistan"));
	}

	@Test
	void noPathGivesAnEmptyList() {
		Map<String, Object> result = result(query(SHORTEST, "Japan", "India").variable("kinds", List.of("RAIL")));
		assertThat(list(result, "paths")).isEmpty();
		assertThat(list(result, "nodes")).isEmpty();
		assertThat(list(result, "edges")).isEmpty();
		assertThat(paths(query(ALL, "Japan", "India").variable("kinds", List.of("RAIL")))).isEmpty();
	}

	@Test
	void maxHopsOverTheConfiguredLimitIsABadRequest() {
		expectError(query(SHORTEST, "Turkmenistan", "India").variable("maxHops", 7), (error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains("'maxHops' must be between 1 and 6");
		});
		expectError(
				this.graphQl.document("{ paths(from: \"Turkmenistan\", to: \"India\", first: 51) { nodes { id } } }"),
				(error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'first' must be between 1 and 50");
				});
	}

	@Test
	void anUnknownRelationshipTypeIsABadRequest() {
		expectError(query(ALL, "Turkmenistan", "India").variable("types", List.of("PIPELINE_LINK) DETACH DELETE n //")),
				(error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("Unknown relationship type");
				});
	}

	@Test
	void anUnknownEntityIsNotFound() {
		expectError(query(SHORTEST, "Atlantis", "India"), (error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(error.getMessage()).contains("No node named 'Atlantis'");
		});
	}

	@Test
	void shortestPathsResolveTheEndpointsAndSearchInOneStatementAsPathsResolveThem() {
		// shortestPaths resolves its endpoints in its search statement, paths in a
		// statement of their own: the same nodes for every way of naming them.
		for (List<String> pair : List.of(List.of("Turkmenistan", "India"), List.of("TKM", "ind"),
				List.of("Country:turkmenistan", "Country:india"), List.of("turkmen", "India"))) {
			List<Map<String, Object>> shortest = paths(
					query(SHORTEST, pair.get(0), pair.get(1)).variable("types", List.of("PIPELINE_LINK")));
			assertThat(shortest).as("%s", pair).isNotEmpty();
			List<Map<String, Object>> all = paths(
					query(ALL, pair.get(0), pair.get(1)).variable("types", List.of("PIPELINE_LINK"))
						.variable("maxHops", 3)
						.variable("first", shortest.size()));
			assertThat(shortest).as("%s", pair).isEqualTo(all);
		}
		for (String document : List.of(SHORTEST, ALL)) {
			int statements = statementsSentBy(() -> query(document, "Turkmenistan", "India").execute()
				.path("result.paths")
				.entityList(Object.class)
				.hasSizeGreaterThan(0));
			assertThat(statements).isEqualTo(1);
		}
	}

	@Test
	void theSearchOfPathsExpandsBreadthFirstWithOneVisitPerNode() {
		// The endpoints are resolved in the same statement, so the far endpoint's element
		// id is a value of the statement, no longer a parameter: the planner must still
		// prune (the variable-length expand that visits each node once), or it enumerates
		// every path and a rarely linked pair runs into the timeout.
		// (One and two hops expand *0..0 and *0..1, planned without pruning, as they were
		// with the id as a parameter: a single step has nothing to prune.)
		for (int hops = 3; hops <= 6; hops++) {
			String statement = this.pathRepository.neighbourhood(hops,
					LinkFilter.of(List.of(LinkKind.RAIL), List.of()));
			try (Session session = this.driver.session()) {
				List<String> operators = new ArrayList<>();
				operators(session
					.run("EXPLAIN " + statement,
							Map.of("endpoints", List.of(), "types", List.of(), "typedStarts", List.of(), "maxHops",
									hops, "asOf", "R002", "maxNeighbourhood", 10))
					.consume()
					.plan(), operators);
				assertThat(operators).as("hops %d: %s", hops, operators)
					.filteredOn((operator) -> operator.startsWith("VarLengthExpand"))
					.hasSize(2)
					.allSatisfy((operator) -> assertThat(operator).startsWith("VarLengthExpand(Pruning"));
			}
		}
	}

	private static void operators(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> operators(child, operators));
	}

	@Test
	void endpointsThatNameTheSameNodeOrNothingAreErrorsOfShortestPathsAsOfPaths() {
		for (String document : List.of(SHORTEST, ALL)) {
			expectError(query(document, "Turkmenistan", "tkm"), (error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("name the same node (Country:turkmenistan)");
			});
			// Only stop words: the index holds no word of it, so it is looked up by a
			// scan.
			expectError(query(document, "India", "the of"), (error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("No node named 'the of'");
			});
			expectError(query(document, "  ", "India"), (error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'from' and 'to' must name a node");
			});
		}
	}

	@Test
	void runsTheExampleQuery() {
		ExampleQuery.load("q05-paths.graphql")
			.execute(this.graphQl)
			.path("gas.paths[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("Country:turkmenistan", "Country:afghanistan", "Country:pakistan", "Country:india")
			.path("rail.paths")
			.entityList(Object.class)
			.hasSizeGreaterThan(0)
			.path("rail.edges[*].evidence[0].quote")
			.entityList(String.class)
			.satisfies(
					(quotes) -> assertThat(quotes).isNotEmpty().allSatisfy((quote) -> assertThat(quote).isNotBlank()));
	}

	private GraphQlTester.Request<?> query(String document, String from, String to) {
		return this.graphQl.document(document).variable("from", from).variable("to", to);
	}

	private static Map<String, Object> result(GraphQlTester.Request<?> request) {
		return request.execute().path("result").entity(MAP).get();
	}

	private static List<Map<String, Object>> paths(GraphQlTester.Request<?> request) {
		return list(result(request), "paths");
	}

	private static void expectError(GraphQlTester.Request<?> request, Consumer<ResponseError> check) {
		request.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).as(errors.toString()).singleElement().satisfies(check::accept));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String field) {
		return (List<Map<String, Object>>) map.get(field);
	}

	private static List<String> nodeIds(Map<String, Object> path) {
		return list(path, "nodes").stream().map((node) -> (String) node.get("id")).toList();
	}

	private static List<String> nodeKinds(Map<String, Object> path) {
		return list(path, "nodes").stream().map((node) -> String.valueOf(node.get("kind"))).toList();
	}

	private static List<Map<String, Object>> edges(Map<String, Object> path) {
		return list(path, "edges");
	}

	private static List<Map<String, Object>> evidence(Map<String, Object> edge) {
		return list(edge, "evidence");
	}

}
