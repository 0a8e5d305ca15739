package tm.relations.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class SearchControllerTests extends GraphApiTestSupport {

	private static final String SEARCH = """
			query ($text: String!, $kinds: [EntityKind!], $first: Int) {
			  search(text: $text, kinds: $kinds, first: $first) { score matchedName node { id name kind } }
			}""";

	@Test
	void findsTheDostlukDamFirstByItsOldNameDousti() {
		List<Map<String, Object>> hits = hits("Dousti", null);
		assertThat(hits).isNotEmpty();
		assertThat(node(hits.get(0))).containsEntry("id", "Dam:dostluk-dam").containsEntry("name", "Dostluk Dam");
		assertThat(hits.get(0)).containsEntry("matchedName", "Dousti");
	}

	@Test
	void completesTheLastWordAsAPrefixForSuggestionsAsYouType() {
		List<Map<String, Object>> hits = hits("Dous", null);
		assertThat(hits).isNotEmpty();
		assertThat(node(hits.get(0))).containsEntry("id", "Dam:dostluk-dam");
		assertThat(hits(" central asia chi", null)).first()
			.satisfies((hit) -> assertThat(node(hit)).containsEntry("id", "Pipeline:central-asia-china-pipeline"));
	}

	@Test
	void findsTehranByTheSpellingTeheran() {
		List<Map<String, Object>> hits = hits("Teheran", null);
		assertThat(hits).isNotEmpty();
		assertThat(node(hits.get(0))).containsEntry("id", "City:tehran").containsEntry("name", "Tehran");
		assertThat(hits.get(0)).containsEntry("matchedName", "Teheran");
	}

	@Test
	void ignoresAccentsAndCaseSoTurkmenalemFindsTheSatellite() {
		for (String text : List.of("turkmenalem", "TURKMENÄLEM", "Türkmenälem 52")) {
			List<Map<String, Object>> hits = hits(text, null);
			assertThat(hits).as(text).isNotEmpty();
			assertThat(node(hits.get(0))).as(text).containsEntry("id", "Satellite:turkmenalem-satellite");
		}
	}

	@Test
	void ranksHitsBestFirst() {
		List<Map<String, Object>> hits = hits("Turkmenistan", null);
		assertThat(hits).hasSizeGreaterThan(1);
		assertThat(node(hits.get(0))).containsEntry("id", "Country:turkmenistan");
		List<Double> scores = hits.stream().map((hit) -> ((Number) hit.get("score")).doubleValue()).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void ranksTheExactNameFirstWhenAWordIsTypedTwice() {
		for (String text : List.of("turkmenistan turkmenistan", "Turkmenistan  TURKMENISTAN turkmenistan")) {
			List<Map<String, Object>> hits = hits(text, null);
			assertThat(node(hits.get(0))).as(text).containsEntry("id", "Country:turkmenistan");
			assertThat(hits.get(0)).as(text).containsEntry("matchedName", "Turkmenistan");
		}
		assertThat(node(hits("turkmenistan airlines turkmenistan", null).get(0))).containsEntry("id",
				"Company:turkmenistan-airlines");
	}

	@Test
	void findsOrganisationsByAcronymAndCountriesByIsoCode() {
		assertThat(node(hits("TURKSOY", null).get(0))).containsEntry("id", "Organisation:turksoy");
		assertThat(node(hits("JPN", null).get(0))).containsEntry("id", "Country:japan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dousti)", "\"", "AND OR", "(", "Dousti~2", "name:Dousti", "*", "?", "\\", "[1 TO 5]", "{",
			"a && b || !c", "/regex/", "^", "Dostluk\"", "-", "+Dousti -Dam" })
	void readsLuceneSyntaxAsPlainText(String text) {
		this.graphQl.document(SEARCH)
			.variable("text", text)
			.execute()
			.errors()
			.verify()
			.path("search")
			.entityList(Object.class)
			.satisfies((hits) -> assertThat(hits).isNotNull());
	}

	@Test
	void findsTheDamThroughTextWithStrayLuceneSyntax() {
		assertThat(node(hits("Dousti)", null).get(0))).containsEntry("id", "Dam:dostluk-dam");
		assertThat(node(hits("\"Dousti", null).get(0))).containsEntry("id", "Dam:dostluk-dam");
	}

	@Test
	void filtersByKind() {
		List<Map<String, Object>> hits = hits("Turkmenistan", List.of("COMPANY"));
		assertThat(hits).isNotEmpty().allSatisfy((hit) -> assertThat(node(hit)).containsEntry("kind", "COMPANY"));
		assertThat(hits)
			.anySatisfy((hit) -> assertThat(node(hit)).containsEntry("id", "Company:turkmenistan-airlines"));
	}

	@Test
	void leavesPlaceholdersOutUnlessAskedForByKind() {
		assertThat(hits("Counterpart not stated", null))
			.noneSatisfy((hit) -> assertThat(node(hit)).containsEntry("kind", "PLACEHOLDER"));
		List<Map<String, Object>> placeholders = hits("Counterpart not stated", List.of("PLACEHOLDER"));
		assertThat(placeholders).isNotEmpty()
			.allSatisfy((hit) -> assertThat(node(hit)).containsEntry("kind", "PLACEHOLDER"));
	}

	@Test
	void givesAnEmptyListWhenNothingMatches() {
		assertThat(hits("Atlantis", null)).isEmpty();
		assertThat(hits("\"", null)).isEmpty();
	}

	@Test
	void limitsTheHitsToFirst() {
		assertThat(search("a", null, 3)).hasSizeLessThanOrEqualTo(3);
		assertThat(search("Turkmenistan", null, 50)).hasSizeLessThanOrEqualTo(50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t\n", "\u00a0", " \u202f\u2007 ", "\u3000" })
	void rejectsBlankText(String text) {
		badRequest(this.graphQl.document(SEARCH).variable("text", text).execute());
	}

	@Test
	void rejectsTextLongerThanAnyName() {
		badRequest(this.graphQl.document(SEARCH).variable("text", "Dousti ".repeat(5000)).execute());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 51 })
	void rejectsFirstOutOfRange(int first) {
		badRequest(this.graphQl.document(SEARCH).variable("text", "Dousti").variable("first", first).execute());
	}

	@Test
	void answersTheExampleQuery() {
		ExampleQuery.load("q06-search.graphql")
			.execute(this.graphQl)
			.errors()
			.verify()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo("Dam:dostluk-dam")
			.path("search[0].matchedName")
			.entity(String.class)
			.isEqualTo("Dousti")
			.path("search[0].node.evidence")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	private List<Map<String, Object>> hits(String text, List<String> kinds) {
		return search(text, kinds, null);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String text, List<String> kinds, Integer first) {
		GraphQlTester.Request<?> request = this.graphQl.document(SEARCH)
			.variable("text", text)
			.variable("kinds", kinds);
		if (first != null) {
			request.variable("first", first);
		}
		return (List<Map<String, Object>>) (List<?>) request.execute()
			.errors()
			.verify()
			.path("search")
			.entityList(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> hit) {
		return (Map<String, Object>) hit.get("node");
	}

	private static void badRequest(GraphQlTester.Response response) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).doesNotContainIgnoringCase("cypher").doesNotContain("Exception");
		}));
	}

}
