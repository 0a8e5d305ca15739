package tm.relations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the cost and shape of a query are counted, on the running schema, and that every
 * example query of {@code graphql/examples/} stays well within the default limits (so the
 * limits never get in the way of what the API is for).
 */
class QueryCostTests extends GraphApiTestSupport {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	GraphLimitsProperties limits;

	private long cost(String document, Map<String, Object> variables) {
		GraphQLSchema schema = this.graphQlSource.schema();
		Document parsed = Parser.parse(document);
		return new QueryLimitsInstrumentation(this.limits, new NormalizedOperations(1, 1))
			.cost(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(schema,
					parsed, null, RawVariables.of(variables)), schema);
	}

	private long cost(String document) {
		return cost(document, Map.of());
	}

	@Test
	void pagedListsWeighByTheirPageSizeOrItsDefault() {
		assertThat(cost("{ search(text: \"x\", first: 3) { score } }")).isEqualTo(1 + 3);
		assertThat(cost("{ search(text: \"x\") { score } }")).as("default first: 10").isEqualTo(1 + 10);
		assertThat(cost("query($n: Int) { search(text: \"x\", first: $n) { score } }", Map.of("n", 7)))
			.isEqualTo(1 + 7);
		assertThat(cost("{ search(text: \"x\", first: 100000) { score } }")).as("never more than a full page")
			.isEqualTo(1 + 100);
		assertThat(cost("{ search(text: \"x\", first: 3) { score node { id name } } }")).isEqualTo(1 + 3 * (1 + 3));
	}

	@Test
	void theEdgesOfAConnectionAreThePageWeighedOnce() {
		assertThat(cost("{ counterparts(first: 3) { totalCount edges { node { id } } } }"))
			.isEqualTo(1 + 3 * (1 + (1 + (1 + 1))));
	}

	@Test
	void otherListsWeighByTheirListArgumentOrAnAssumedSize() {
		int assumed = this.limits.assumedListSize();
		assertThat(cost("{ nodes(ids: [\"a\", \"b\"]) { id } }")).isEqualTo(1 + assumed);
		StringBuilder ids = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			ids.append("\"Country:c").append(i).append("\" ");
		}
		assertThat(cost("{ nodes(ids: [" + ids + "]) { id } }")).isEqualTo(1 + 40);
		assertThat(cost("{ node(id: \"Country:japan\") { ... on Country { relations { type evidence { quote } } } } }"))
			.isEqualTo(1 + (1 + assumed * (1 + (1 + assumed * 1))));
	}

	@Test
	void boundedPartsOfAListWeighByTheirLimit() {
		int assumed = this.limits.assumedListSize();
		String diff = "{ revisionDiff(from: R000, to: R002) { added%s { factKey summary } } }";
		assertThat(cost(diff.formatted("(limit: 40)"))).isEqualTo(1 + (1 + 40 * 2));
		assertThat(cost(diff.formatted("(limit: 2)"))).as("fewer than assumed").isEqualTo(1 + (1 + 2 * 2));
		assertThat(cost("query($n: Int) " + diff.formatted("(limit: $n)"), Map.of("n", 60)))
			.isEqualTo(1 + (1 + 60 * 2));
		assertThat(cost(diff.formatted("(limit: 100000)"))).as("never more than a full page")
			.isEqualTo(1 + (1 + 100 * 2));
		assertThat(cost(diff.formatted(""))).as("no limit: the assumed size").isEqualTo(1 + (1 + assumed * 2));
	}

	@Test
	void fragmentsOnDifferentTypesCountTheCostliestType() {
		assertThat(cost("{ node(id: \"x\") { ... on Country { name iso3 } ... on City { name } } }")).isEqualTo(1 + 2);
	}

	@Test
	void everyExampleQueryStaysWellWithinTheLimits() throws IOException {
		Resource[] examples = new PathMatchingResourcePatternResolver()
			.getResources("classpath:graphql-examples/*.graphql");
		assertThat(examples).isNotEmpty();
		for (Resource resource : examples) {
			ExampleQuery example = ExampleQuery.load(resource.getFilename());
			Document document = Parser.parse(example.document());
			QueryLimitsInstrumentation.Shape shape = QueryLimitsInstrumentation.shape(document);
			long cost = cost(example.document(), example.variables());
			System.out.printf("%s: depth %d, fields %d, aliases %d, cost %d%n", example.name(), shape.depth(),
					shape.fields(), shape.aliases(), cost);
			assertThat(shape.depth()).as("depth of %s", example.name()).isLessThanOrEqualTo(this.limits.maxDepth() - 2);
			assertThat(shape.fields()).as("fields of %s", example.name())
				.isLessThanOrEqualTo(this.limits.maxFields() / 2);
			assertThat(shape.aliases()).as("aliases of %s", example.name())
				.isLessThanOrEqualTo(this.limits.maxAliases() / 2);
			assertThat(cost).as("cost of %s", example.name()).isLessThanOrEqualTo(this.limits.maxCost() / 3);
			assertThat(example.document().getBytes(StandardCharsets.UTF_8).length).as("size of %s", example.name())
				.isLessThan((int) this.limits.maxBodySize().toBytes() / 10);
			JsonNode answer = this.http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", example.document(), "variables", example.variables()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(answer.path("errors").isMissingNode()).as("errors of %s: %s", example.name(), answer).isTrue();
			long values = values(answer.path("data"));
			System.out.printf("%s: %d values in the answer%n", example.name(), values);
			assertThat(values).as("values in the answer of %s", example.name())
				.isLessThanOrEqualTo(this.limits.maxAnswerValues() / 10);
		}
	}

	/**
	 * The values of an answer as graphql-java counts result nodes: every field of every
	 * object and every list item.
	 */
	private static long values(JsonNode node) {
		long count = 0;
		if (node.isObject()) {
			for (JsonNode child : node.values()) {
				count += 1 + values(child);
			}
		}
		else if (node.isArray()) {
			for (JsonNode child : node.values()) {
				count += 1 + values(child);
			}
		}
		return count;
	}

}
