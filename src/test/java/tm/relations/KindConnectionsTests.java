package tm.relations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pipelinesConnection}, {@code railwaysConnection} and {@code corridorsConnection}
 * serve their lists a page at a time: the same entities in the same order, with
 * {@code totalCount} and {@code pageInfo}, for every revision and for all; a bad page is
 * a BAD_REQUEST error. Every offset connection of the API answers a cursor far past its
 * end with an empty page.
 */
class KindConnectionsTests extends GraphApiTestSupport {

	@ParameterizedTest(name = "{1} as of {2}")
	@CsvSource({ "pipelines, pipelinesConnection, ", "pipelines, pipelinesConnection, R000",
			"railways, railwaysConnection, ", "railways, railwaysConnection, R002", "corridors, corridorsConnection, ",
			"corridors, corridorsConnection, R001" })
	void theConnectionServesTheListAPageAtATime(String list, String connection, String asOf) {
		List<String> all = this.graphQl.document("query ($asOf: Revision) { " + list + "(asOf: $asOf) { id } }")
			.variable("asOf", asOf)
			.execute()
			.path(list + "[*].id")
			.entityList(String.class)
			.get();
		if (asOf == null) {
			assertThat(all).as("a list of several pages").hasSizeGreaterThan(1);
		}
		String page = "query ($asOf: Revision, $after: String) { " + connection
				+ "(asOf: $asOf, first: 1, after: $after) { totalCount "
				+ "pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }";
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNextPage = !all.isEmpty();
		while (hasNextPage) {
			GraphQlTester.Response response = this.graphQl.document(page)
				.variable("asOf", asOf)
				.variable("after", after)
				.execute();
			response.path(connection + ".totalCount").entity(Integer.class).isEqualTo(all.size());
			response.path(connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(!paged.isEmpty());
			response.path(connection + ".edges[0].node.name")
				.entity(String.class)
				.satisfies((name) -> assertThat(name).isNotBlank());
			paged.addAll(response.path(connection + ".edges[*].node.id").entityList(String.class).hasSize(1).get());
			hasNextPage = response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).isEqualTo(all);
	}

	@ParameterizedTest
	@CsvSource({ "organisations", "counterparts", "companies", "energyPartnersConnection", "pipelinesConnection",
			"railwaysConnection", "corridorsConnection" })
	void aCursorFarPastTheEndGivesAnEmptyPageAndOneNearTheLargestIntABadRequest(String connection) {
		String farPast = cursor("offset:" + (Integer.MAX_VALUE / 2));
		var page = this.graphQl
			.document("{ " + connection + "(first: 100, after: \"" + farPast + "\") { totalCount edges { cursor } "
					+ "pageInfo { hasNextPage hasPreviousPage } } }")
			.execute();
		page.errors().verify();
		page.path(connection + ".edges").entityList(Object.class).hasSize(0);
		page.path(connection + ".totalCount").entity(Integer.class).satisfies((n) -> assertThat(n).isPositive());
		page.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		// The page after offset 2147483640 would end past the largest int: Neo4j refused
		// the statement, and the client got an internal error (found by a QA pass).
		this.graphQl.document("{ " + connection + "(after: \"" + cursor("offset:2147483640") + "\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	private static String cursor(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@CsvSource({ "pipelinesConnection", "railwaysConnection", "corridorsConnection" })
	void aBadPageIsABadRequest(String connection) {
		for (String arguments : List.of("first: 0", "first: 101", "after: \"not-a-cursor\"")) {
			this.graphQl.document("{ " + connection + "(" + arguments + ") { totalCount } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(arguments)
					.singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		}
	}

}
