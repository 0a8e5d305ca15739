package tm.relations.country;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.ResponseError;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class CounterpartsTests extends GraphApiTestSupport {

	private static final String PAGE = """
			query ($filter: CounterpartFilter, $orderBy: CounterpartOrder, $first: Int, $after: String,
			       $includePlaceholders: Boolean) {
			  counterparts(filter: $filter, orderBy: $orderBy, first: $first, after: $after,
			               includePlaceholders: $includePlaceholders) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { id name } }
			  }
			}""";

	private static final Map<String, Object> EMBASSY_BEFORE_1995 = Map.of("hasEmbassyInAshgabat", true,
			"establishedBefore", "1995");

	@Test
	void filtersCounterpartsWithEmbassyInAshgabatEstablishedBefore1995SortedByName() {
		this.graphQl.document(PAGE)
			.variable("filter", EMBASSY_BEFORE_1995)
			.variable("orderBy", Map.of("field", "NAME", "direction", "ASC"))
			.execute()
			.path("counterparts.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("France", "Iran", "Japan", "South Korea")
			.path("counterparts.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void pagesThroughCounterpartsWithEndCursorWithoutOverlap() {
		var first = this.graphQl.document(PAGE).variable("filter", EMBASSY_BEFORE_1995).variable("first", 2).execute();
		first.path("counterparts.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("France", "Iran")
			.path("counterparts.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("counterparts.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(false);
		String endCursor = first.path("counterparts.pageInfo.endCursor").entity(String.class).get();

		this.graphQl.document(PAGE)
			.variable("filter", EMBASSY_BEFORE_1995)
			.variable("first", 2)
			.variable("after", endCursor)
			.execute()
			.path("counterparts.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Japan", "South Korea")
			.path("counterparts.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("counterparts.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void sortsByEstablishedDescendingWithUndatedCounterpartsLast() {
		this.graphQl.document(PAGE)
			.variable("orderBy", Map.of("field", "ESTABLISHED", "direction", "DESC"))
			.variable("first", 5)
			.execute()
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).startsWith("Japan", "France", "South Korea", "Iran").hasSize(5));
	}

	@Test
	void excludesTurkmenistanAndIncludesPlaceholdersOnlyWhenAsked() {
		List<String> countries = this.graphQl.document(PAGE)
			.variable("first", 100)
			.execute()
			.path("counterparts.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(countries).contains("Country:japan", "Country:qatar", "Country:libya", "Country:holy-see")
			.doesNotContain("Country:turkmenistan")
			.allMatch((id) -> id.startsWith("Country:"));

		this.graphQl.document(PAGE)
			.variable("first", 100)
			.variable("includePlaceholders", true)
			.execute()
			.path("counterparts.edges[*].node.id")
			.entityList(String.class)
			.contains("Placeholder:unstated-002-p24", "Placeholder:unstated-000-p15", "Country:japan")
			.doesNotContain("Country:turkmenistan");
	}

	@Test
	void filtersByRegionMissionKindAndName() {
		this.graphQl.document(PAGE)
			.variable("filter", Map.of("subregion", "central asia"))
			.execute()
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.contains("Kazakhstan", "Uzbekistan")
			.doesNotContain("Turkmenistan", "Japan");

		this.graphQl.document(PAGE)
			.variable("filter", Map.of("hasMissionKind", "NUNCIATURE"))
			.execute()
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Holy See");

		this.graphQl.document(PAGE)
			.variable("filter", Map.of("nameContains", "emirates"))
			.execute()
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("United Arab Emirates");
	}

	@Test
	void filtersByEstablishedAfterAtThePrecisionGiven() {
		this.graphQl.document(PAGE)
			.variable("filter", Map.of("establishedAfter", "1992-02"))
			.variable("includePlaceholders", true)
			.variable("first", 100)
			.execute()
			.path("counterparts.edges[*].node.id")
			.entityList(String.class)
			.contains("Country:france", "Country:japan", "Placeholder:unstated-002-p26")
			.doesNotContain("Country:south-korea", "Country:iran", "Country:qatar");
	}

	@Test
	void answersAnEmptyPageWhenNothingMatches() {
		this.graphQl.document(PAGE)
			.variable("filter", Map.of("nameContains", "Atlantis"))
			.execute()
			.path("counterparts.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("counterparts.edges")
			.entityList(Object.class)
			.hasSize(0)
			.path("counterparts.pageInfo.endCursor")
			.valueIsNull();
	}

	@Test
	void rejectsAMalformedCursorWithBadRequest() {
		this.graphQl.document(PAGE)
			.variable("after", "not-a-cursor!")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertBadRequest(error);
				assertThat(error.getMessage()).contains("cursor").contains("not-a-cursor!");
			}));
	}

	@Test
	void rejectsAPageSizeOutOfRangeWithBadRequest() {
		for (int first : new int[] { 1000, 0 }) {
			this.graphQl.document(PAGE)
				.variable("first", first)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertBadRequest(error);
					assertThat(error.getMessage()).contains("first").contains("1 and 100");
				}));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "April 1995", "1995-13", "1995-02-30", "1995-4", "95" })
	void rejectsAMalformedDateFilterWithBadRequest(String date) {
		for (String filter : List.of("establishedBefore", "establishedAfter")) {
			this.graphQl.document(PAGE)
				.variable("filter", Map.of(filter, date))
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertBadRequest(error);
					assertThat(error.getMessage()).contains(filter, date);
				}));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "1995", "1995-12", "1996-02-29" })
	void acceptsPartialDatesThatExist(String date) {
		this.graphQl.document(PAGE).variable("filter", Map.of("establishedBefore", date)).execute().errors().verify();
	}

	private static void assertBadRequest(ResponseError error) {
		assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		assertThat(error.getPath()).isEqualTo("counterparts");
	}

}
