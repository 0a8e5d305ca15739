package tm.relations.country;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import tm.relations.GraphApiTestSupport;
import tm.relations.web.Pagination;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code country(name:)} with nested fields reads them in one statement
 * ({@link CountryProfiles}) and primes the fields' data loaders. The answer must be the
 * one the fields' own loaders give: {@code node(id:)} finds the same country without the
 * profile, so every field then runs its own statement, and the two answers are compared
 * for every country of the graph.
 */
class CountryProfilesTests extends GraphApiTestSupport {

	/** Every field the profile reads, and the level below them. */
	private static final String NESTED = """
			fragment nested on Country {
			  id name iso3 region subregion
			  relationWithTurkmenistan { established { value precision } impliedByMissions current evidence { revision quote basis context } }
			  trade { tradeKind amount current evidence { revision quote } }
			  missions {
			    id missionKind present since { value precision } inCapital doublesAs current evidence { revision quote }
			    owner { id name } city { name } headResidentIn { name } accreditedTo { target { name } role evidence { quote } }
			    heads { person { name } role evidence { quote } }
			  }
			  companies { company { name sector activities { activity sector country { name } evidence { revision quote } } }
			              country { name } current evidence { revision quote basis } }
			  agreements { treatyKind date { value precision } subject parties { party { name } role evidence { quote } } evidence { revision quote } }
			  disputes { topic disputeKind status { value } statusHistory { value evidence { revision quote } } parties { party { name } role } }
			  sharedMemberships { organisation { acronym name } membership { kind evidence { quote } } turkmenistanMembership { kind evidence { quote } } }
			}""";

	private static final String BY_NAME = "query ($name: String!) { country(name: $name) { ...nested } }\n" + NESTED;

	private static final String BY_ID = "query ($id: ID!) { node(id: $id) { ...nested } }\n" + NESTED;

	@Test
	void everyCountryReadsTheSameAsThroughItsFieldsOwnStatements() {
		List<String> names = countryNames();
		assertThat(names).hasSizeGreaterThan(20);
		int withAgreements = 0;
		int withDisputes = 0;
		for (String name : names) {
			JsonNode profiled = answer(BY_NAME, Map.of("name", name)).get("country");
			JsonNode separately = answer(BY_ID, Map.of("id", profiled.get("id").asString())).get("node");
			assertThat(profiled).as(name).isEqualTo(separately);
			withAgreements += profiled.get("agreements").isEmpty() ? 0 : 1;
			withDisputes += profiled.get("disputes").isEmpty() ? 0 : 1;
		}
		assertThat(withAgreements).as("countries with agreements compared").isPositive();
		assertThat(withDisputes).as("countries with disputes compared").isPositive();
	}

	@Test
	void theNestedQuestionCostsOneStatementWhateverTheCountryHas() {
		for (String name : countryNames()) {
			int statements = statementsSentBy(() -> answer(BY_NAME, Map.of("name", name)));
			assertThat(statements).as("statements for %s", name).isEqualTo(1);
		}
	}

	@Test
	void aPageOfCounterpartsReadsItsNestedFieldsInOneMoreStatementAndTheSameAnswers() {
		// Fewer fields than NESTED: forty countries of all of them are over the cost
		// limit.
		String fields = """
				fragment fields on Country {
				  id name
				  relationWithTurkmenistan { established { value } evidence { revision quote } }
				  missions { id missionKind owner { id } city { name } accreditedTo { target { name } role } }
				  companies { company { name activities { activity country { name } } } }
				  disputes { topic status { value } parties { party { name } role } }
				}""";
		String page = "query ($first: Int) { counterparts(first: $first) { edges { node { ...fields } } } }\n" + fields;
		JsonNode edges = answer(page, Map.of("first", 40)).get("counterparts").get("edges");
		assertThat(edges.size()).isGreaterThan(20);
		for (JsonNode edge : edges) {
			JsonNode node = edge.get("node");
			JsonNode separately = answer("query ($id: ID!) { node(id: $id) { ...fields } }\n" + fields,
					Map.of("id", node.get("id").asString()))
				.get("node");
			assertThat(node).as(node.get("name").asString()).isEqualTo(separately);
		}
		assertThat(statementsSentBy(() -> answer(page, Map.of("first", 40)))).isEqualTo(1);
		assertThat(statementsSentBy(() -> answer(page, Map.of("first", 3)))).isEqualTo(1);
	}

	@Test
	void aPageReadWithItsCountriesFieldsIsThePageReadAlone() {
		// With fields of its countries asked, the page's own statement runs inside the
		// one
		// reading them (its asOf renamed, as the fields read theirs): the same page.
		String alone = """
				query ($order: CounterpartOrder, $asOf: Revision, $placeholders: Boolean, $filter: CounterpartFilter) {
				  counterparts(first: 15, after: "%s", orderBy: $order, asOf: $asOf, includePlaceholders: $placeholders,
				               filter: $filter) {
				    totalCount edges { node { id } }
				  }
				}""";
		String withFields = alone.replace("node { id }",
				"node { id ... on Country { relationWithTurkmenistan { key } } }");
		List<Map<String, Object>> orders = List.of(Map.of("field", "NAME", "direction", "ASC"),
				Map.of("field", "ESTABLISHED", "direction", "DESC"), Map.of("field", "ISO3", "direction", "ASC"));
		Set<Integer> totals = new HashSet<>();
		for (Map<String, Object> order : orders) {
			for (String asOf : Arrays.asList(null, "R000", "R002")) {
				for (boolean placeholders : List.of(false, true)) {
					for (Map<String, Object> filter : List.of(Map.<String, Object>of(),
							Map.<String, Object>of("region", "Asia"))) {
						Map<String, Object> variables = new HashMap<>(
								Map.of("order", order, "placeholders", placeholders, "filter", filter));
						variables.put("asOf", asOf);
						String after = Pagination.cursor(2);
						JsonNode page = answer(alone.formatted(after), variables).get("counterparts");
						JsonNode read = answer(withFields.formatted(after), variables).get("counterparts");
						String as = order + " " + asOf + " " + placeholders + " " + filter;
						assertThat(read.get("totalCount")).as(as).isEqualTo(page.get("totalCount"));
						assertThat(read.get("edges").findValuesAsString("id")).as(as)
							.isEqualTo(page.get("edges").findValuesAsString("id"));
						totals.add(page.get("totalCount").asInt());
					}
				}
			}
		}
		assertThat(totals).as("the variations select different counterparts").hasSizeGreaterThan(3);
	}

	@Test
	void missionsOfOneDirectionAreReadWithTheRest() {
		String sent = """
				fragment sent on Country {
				  id name
				  relationWithTurkmenistan { established { value } }
				  missions(direction: SENT) { id missionKind city { name } }
				}""";
		String page = "query ($first: Int) { counterparts(first: $first) { edges { node { ...sent } } } }\n" + sent;
		JsonNode edges = answer(page, Map.of("first", 30)).get("counterparts").get("edges");
		int missions = 0;
		for (JsonNode edge : edges) {
			JsonNode node = edge.get("node");
			JsonNode separately = answer("query ($id: ID!) { node(id: $id) { ...sent } }\n" + sent,
					Map.of("id", node.get("id").asString()))
				.get("node");
			assertThat(node).as(node.get("name").asString()).isEqualTo(separately);
			missions += node.get("missions").size();
		}
		assertThat(missions).isPositive();
		assertThat(statementsSentBy(() -> answer(page, Map.of("first", 30)))).isEqualTo(1);
		String hosted = "query ($name: String!) { country(name: $name) { missions(direction: HOSTED) { id } } }";
		assertThat(statementsSentBy(() -> answer(hosted, Map.of("name", "Germany")))).isEqualTo(1);
	}

	@Test
	void anExplicitNullDirectionReadsMissionsBothWaysAsNoDirectionDoes() {
		// It failed the whole country with an internal error (found by a QA pass).
		JsonNode byDefault = answer("{ country(name: \"Japan\") { name missions { id } } }", Map.of());
		assertThat(byDefault.get("country").get("missions").size()).isPositive();
		assertThat(answer("{ country(name: \"Japan\") { name missions(direction: null) { id } } }", Map.of()))
			.isEqualTo(byDefault);
		String page = "query ($d: MissionDirection) { counterparts(first: 3) { edges { node { id "
				+ "... on Country { missions(direction: $d) { id } } } } } }";
		assertThat(answer(page, Collections.singletonMap("d", null))).isEqualTo(answer(page, Map.of()));
	}

	@Test
	void onlyThePartsAskedForAreRead() {
		String missionsOnly = """
				query ($name: String!) {
				  country(name: $name) { name missions { id missionKind } trade { tradeKind } }
				}""";
		JsonNode profiled = answer(missionsOnly, Map.of("name", "Germany")).get("country");
		assertThat(profiled.get("missions").size()).isGreaterThan(1);
		assertThat(statementsSentBy(() -> answer(missionsOnly, Map.of("name", "Germany")))).isEqualTo(1);
		String statement = new CountryProfiles(null, 64).statement(CountryProfiles.Head.NAME,
				EnumSet.of(CountryProfiles.Part.MISSIONS, CountryProfiles.Part.TRADE));
		assertThat(statement).contains("AS missionsRows", "AS tradeRows")
			.doesNotContain("AS missionlinksRows", "AS agreementsRows", "AS companiesRows", "Treaty");
	}

	@Test
	void pastTheBoundOfStatementShapesEveryPartIsRead() {
		CountryProfiles profiles = new CountryProfiles(null, 3);
		List<Set<CountryProfiles.Part>> shapes = List.of(EnumSet.of(CountryProfiles.Part.TRADE),
				EnumSet.of(CountryProfiles.Part.MISSIONS), EnumSet.of(CountryProfiles.Part.AGREEMENTS),
				EnumSet.of(CountryProfiles.Part.DISPUTES));
		for (Set<CountryProfiles.Part> shape : shapes.subList(0, 3)) {
			assertThat(profiles.read(CountryProfiles.Head.NAME, shape)).isEqualTo(shape);
			profiles.statement(CountryProfiles.Head.NAME, profiles.read(CountryProfiles.Head.NAME, shape));
		}
		assertThat(profiles.read(CountryProfiles.Head.NAME, shapes.get(3))).as("a fourth shape")
			.isEqualTo(EnumSet.allOf(CountryProfiles.Part.class));
		assertThat(profiles.read(CountryProfiles.Head.NAME, shapes.get(0))).as("a shape already planned")
			.isEqualTo(shapes.get(0));
	}

	@Test
	void requestsOfManyShapesReadTheSameAsThroughTheFieldsOwnStatements() {
		// Seven fields of seven parts: every mask a shape of its own, more than the bound
		// of 32 (graph.limits.max-statement-shapes), so the later ones are read with
		// every part (a QA pass made Neo4j plan a statement per alias this way).
		List<String> fields = List.of("relationWithTurkmenistan { current evidence { revision } }",
				"trade { tradeKind }", "missions { id missionKind }", "companies { company { name } }",
				"agreements { treatyKind }", "disputes { topic }", "sharedMemberships { organisation { acronym } }");
		for (int mask = 1; mask < 40; mask++) {
			StringBuilder selection = new StringBuilder("id name ");
			for (int bit = 0; bit < fields.size(); bit++) {
				if ((mask & (1 << bit)) != 0) {
					selection.append(fields.get(bit)).append(' ');
				}
			}
			String fragment = "fragment shape on Country { " + selection + "}";
			JsonNode profiled = answer("{ country(name: \"Germany\") { ...shape } }\n" + fragment, Map.of())
				.get("country");
			JsonNode separately = answer("{ node(id: \"Country:germany\") { ...shape } }\n" + fragment, Map.of())
				.get("node");
			assertThat(profiled).as(selection.toString()).isEqualTo(separately);
		}
	}

	@Test
	void anyOneFieldOfTheLevelBelowAsksForItsPart() {
		// Each of these alone must be read in the country's statement, not by its own.
		for (String fields : List.of("missions { owner { name } }", "missions { city { name } }",
				"missions { headResidentIn { name } }", "missions { accreditedTo { role } }",
				"missions { heads { role } }", "companies { company { activities { activity } } }",
				"agreements { parties { role } }", "disputes { parties { role } }", "disputes { status { value } }",
				"disputes { statusHistory { value } }")) {
			String document = "query ($name: String!) { country(name: $name) { " + fields + " } }";
			assertThat(statementsSentBy(() -> answer(document, Map.of("name", "Germany")))).as(fields).isEqualTo(1);
		}
	}

	@Test
	void fieldsAskedWithOtherArgumentsRunTheirOwnStatementsAndStillAgree() {
		String withArguments = """
				fragment nested on Country {
				  id
				  missions(direction: SENT) { id owner { name } }
				  hosted: missions(direction: HOSTED, asOf: R000) { id city { name } }
				  relationWithTurkmenistan(asOf: R002) { current evidence { revision } }
				  companies(includeDubious: true) { company { name activities(asOf: R001) { activity } } }
				  trade { tradeKind }
				}""";
		for (String name : List.of("Germany", "Russia", "Afghanistan", "China")) {
			JsonNode profiled = answer(
					"query ($name: String!) { country(name: $name) { ...nested } }\n" + withArguments,
					Map.of("name", name))
				.get("country");
			JsonNode separately = answer("query ($id: ID!) { node(id: $id) { ...nested } }\n" + withArguments,
					Map.of("id", profiled.get("id").asString()))
				.get("node");
			assertThat(profiled).as(name).isEqualTo(separately);
		}
	}

	@Test
	void twoCountriesUnderAliasesEachReadWhatTheirOwnSelectionAsks() {
		// Each country(name:) finds its own place in the request (NormalizedSelection):
		// read with the other's parts, one of them would leave a field to its own
		// statement.
		String two = """
				query ($with: Boolean!) {
				  de: country(name: "Germany") { id m: missions(direction: SENT) { id city { name } } }
				  ru: country(name: "Russia") { id trade { tradeKind } missions @include(if: $with) { id } }
				}""";
		JsonNode both = answer(two, Map.of("with", false));
		assertThat(both.get("de").get("m").size()).isPositive();
		assertThat(both.get("ru").has("missions")).isFalse();
		assertThat(statementsSentBy(() -> answer(two, Map.of("with", false)))).isEqualTo(2);
		assertThat(statementsSentBy(() -> answer(two, Map.of("with", true)))).isEqualTo(2);
		JsonNode withMissions = answer(two, Map.of("with", true));
		JsonNode separately = answer("query ($id: ID!) { node(id: $id) { ... on Country { missions { id } } } }",
				Map.of("id", withMissions.get("ru").get("id").asString()))
			.get("node");
		assertThat(withMissions.get("ru").get("missions")).isEqualTo(separately.get("missions"));
	}

	@Test
	void aNameOfNoCountryIsNullAndACountryAskedForItselfOnlyIsOneLookup() {
		JsonNode none = answer(BY_NAME, Map.of("name", "Atlantis"));
		assertThat(none.get("country").isNull()).isTrue();
		assertThat(answer(BY_NAME, Map.of("name", "jpn")).get("country").get("name").asString()).isEqualTo("Japan");
		int statements = statementsSentBy(
				() -> answer("query ($name: String!) { country(name: $name) { name iso3 } }", Map.of("name", "Japan")));
		assertThat(statements).isEqualTo(1);
	}

	private List<String> countryNames() {
		JsonNode countries = answer("{ counterparts(first: 100) { edges { node { name } } } }", Map.of())
			.get("counterparts")
			.get("edges");
		return countries.valueStream().map((edge) -> edge.get("node").get("name").asString()).toList();
	}

	private JsonNode answer(String document, Map<String, Object> variables) {
		JsonNode answer = post(Map.of("query", document, "variables", variables));
		assertThat(answer.get("errors")).as("errors of %s", variables).isNull();
		return answer.get("data");
	}

}
