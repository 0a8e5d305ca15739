package tm.relations.railway;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PRODUCT 4.4: pipelines, railways and corridors with their ordered routes, each stop
 * resolved to its country, against the graph loaded from the real scripts.
 */
class RailwayControllerTests extends GraphApiTestSupport {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Test
	void theTapiRouteRunsFromTurkmenistanThroughAfghanistanAndPakistanToIndia() {
		List<Map<String, Object>> route = this.graphQl.document("""
				{ pipeline(name: "TAPI") { id status route { seq place { id } country { id name }
				  evidence { revision quote } } } }""")
			.execute()
			.path("pipeline.id")
			.entity(String.class)
			.isEqualTo("Pipeline:tapi-pipeline")
			.path("pipeline.status")
			.entity(String.class)
			.isEqualTo("AGREED")
			.path("pipeline.route")
			.entity(LIST)
			.get();
		assertThat(route).extracting((stop) -> stop.get("seq")).containsExactly(1, 2, 3, 4);
		assertThat(route).extracting((stop) -> id(stop.get("country")))
			.containsExactly("Country:turkmenistan", "Country:afghanistan", "Country:pakistan", "Country:india");
		assertThat(route).extracting((stop) -> id(stop.get("place")))
			.isEqualTo(List.of("Country:turkmenistan", "Country:afghanistan", "Country:pakistan", "Country:india"));
		assertThat(route).allSatisfy((stop) -> assertThat(evidence(stop)).extracting((e) -> e.get("quote"))
			.anySatisfy((quote) -> assertThat((String) quote).contains("to Afghanistan and Pakistan")));
	}

	@Test
	void resolvesEachTownStopToItsCountryThroughDistrictAndProvince() {
		List<Map<String, Object>> route = this.graphQl.document(
				"{ railway(name: \"Kerki–Ymamnazar–Aqina railway link\") { route { place { id } country { id } } } }")
			.execute()
			.path("railway.route")
			.entity(LIST)
			.get();
		assertThat(route).extracting((stop) -> id(stop.get("place")), (stop) -> id(stop.get("country")))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("City:kerki", "Country:turkmenistan"),
					org.assertj.core.groups.Tuple.tuple("City:ymamnazar", "Country:turkmenistan"),
					org.assertj.core.groups.Tuple.tuple("City:aqina", "Country:afghanistan"));
		this.graphQl.document("{ pipeline(name: \"Korpeje-Kurt Kui gas pipeline\") { route { country { id } } } }")
			.execute()
			.path("pipeline.route[*].country.id")
			.entityList(String.class)
			.containsExactly("Country:turkmenistan", "Country:iran");
	}

	@Test
	void aRouteAsOfARevisionKeepsOnlyTheStopsThatRevisionStates() {
		this.graphQl.document("""
				{ railway(name: "150-km extension to Andkhoy") {
				    all: route { seq place { id } }
				    oldest: route(asOf: R000) { place { id } }
				    newest: route(asOf: R002) { place { id } } } }""")
			.execute()
			.path("railway.all[*].seq")
			.entityList(Integer.class)
			.containsExactly(1, 1, 2)
			.path("railway.oldest[*].place.id")
			.entityList(String.class)
			.containsExactly("Country:turkmenistan", "City:andkhoy")
			.path("railway.newest[*].place.id")
			.entityList(String.class)
			.containsExactly("City:serhetabat", "City:andkhoy");
	}

	@Test
	void listsRailwaysWithLengthsDatedStatusHistoryAndLinks() {
		List<Map<String, Object>> railways = this.graphQl.document("""
				{ railways { id lengthKm status
				    statusHistory { value event since { value precision } until { value precision } }
				    extends { railway { id } date { value precision } lengthKm }
				    extendedBy { railway { id } }
				    connectsTo { railway { id } potential at { id } }
				    corridors { corridor { id } intended evidence { quote } } } }""")
			.execute()
			.path("railways")
			.entity(LIST)
			.get();
		Map<String, Object> kerki = byId(railways, "Railway:kerki-aqina-railway");
		assertThat(kerki).containsEntry("status", "OPERATING");
		assertThat(list(kerki, "statusHistory"))
			.extracting((s) -> s.get("event"), (s) -> s.get("since"), (s) -> s.get("until"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("WORK_BEGAN", Map.of("value", "2013", "precision", "YEAR"),
							Map.of("value", "2016-11", "precision", "MONTH")),
					org.assertj.core.groups.Tuple.tuple("OPENED", Map.of("value", "2016-11", "precision", "MONTH"),
							null));
		assertThat(list(kerki, "extendedBy")).extracting((l) -> id(l.get("railway")))
			.containsExactly("Railway:aqina-andkhoy-extension");
		assertThat(list(kerki, "corridors")).singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("intended", true)
				.containsEntry("corridor", Map.of("id", "Corridor:northern-afghanistan-corridor")));
		Map<String, Object> aqina = byId(railways, "Railway:aqina-andkhoy-extension");
		assertThat(aqina).containsEntry("lengthKm", 38.0);
		assertThat(list(aqina, "extends")).singleElement()
			.satisfies((l) -> assertThat(l).containsEntry("date", Map.of("value", "2021-01", "precision", "MONTH"))
				.containsEntry("railway", Map.of("id", "Railway:kerki-aqina-railway")));
		Map<String, Object> herat = byId(railways, "Railway:torghundi-herat-extension");
		assertThat(herat).containsEntry("status", "PLANNED");
		assertThat(list(herat, "connectsTo")).singleElement()
			.satisfies((l) -> assertThat(l).containsEntry("potential", true)
				.containsEntry("at", Map.of("id", "City:herat"))
				.containsEntry("railway", Map.of("id", "Railway:khaf-herat-railway")));
	}

	@Test
	void theNorthernAfghanistanCorridorLinksAndkhoyToTajikistan() {
		this.graphQl.document("""
				{ corridors { id status route { seq place { id } country { id } properties { name value } }
				  railways { railway { id } } } }""")
			.execute()
			.path("corridors[?(@.id == 'Corridor:northern-afghanistan-corridor')].route[*].place.id")
			.entityList(String.class)
			.containsExactly("City:andkhoy", "City:sherkhan-bandar", "City:mazar-i-sharif", "City:kunduz",
					"Country:tajikistan")
			.path("corridors[?(@.id == 'Corridor:northern-afghanistan-corridor')].route[*].country.id")
			.entityList(String.class)
			.containsExactly("Country:afghanistan", "Country:afghanistan", "Country:afghanistan", "Country:afghanistan",
					"Country:tajikistan")
			.path("corridors[?(@.id == 'Corridor:northern-afghanistan-corridor')].railways[*].railway.id")
			.entityList(String.class)
			.containsExactly("Railway:kerki-aqina-railway");
	}

	@Test
	void listsAsOfARevisionOnlyTheLinesItMentions() {
		this.graphQl.document("""
				{ newest: pipelines(asOf: R002) { id } oldest: pipelines(asOf: R000) { id }
				  all: pipelines { id } oldRailways: railways(asOf: R000) { id } }""")
			.execute()
			.path("newest[*].id")
			.entityList(String.class)
			.contains("Pipeline:tapi-pipeline", "Pipeline:central-asia-china-pipeline")
			.doesNotContain("Pipeline:pricaspiysky-pipeline")
			.path("oldest[*].id")
			.entityList(String.class)
			.contains("Pipeline:pricaspiysky-pipeline")
			.doesNotContain("Pipeline:central-asia-china-pipeline")
			.path("all")
			.entityList(Object.class)
			.hasSize(4)
			.path("oldRailways[*].id")
			.entityList(String.class)
			.containsExactly("Railway:andkhoy-extension-150km");
	}

	@Test
	void anUnknownPipelineOrRailwayIsNull() {
		this.graphQl.document("{ pipeline(name: \"Nabucco\") { id } railway(name: \"Orient Express\") { id } }")
			.execute()
			.path("pipeline")
			.valueIsNull()
			.path("railway")
			.valueIsNull();
	}

	@Test
	void loadsRoutesStatusesAndLinksOfAllLinesWithOneStatementPerField() {
		String document = """
				query ($asOf: Revision) {
				  pipelines(asOf: $asOf) { route { place { id } country { id } } statusHistory { value } }
				  railways(asOf: $asOf) { route { place { id } country { id } } statusHistory { value }
				    extends { railway { id } } extendedBy { railway { id } } connectsTo { railway { id } }
				    corridors { corridor { id } } }
				  corridors(asOf: $asOf) { route { place { id } } railways { railway { id } } } }""";
		int all = statementsSentBy(() -> this.graphQl.document(document).execute().path("railways").hasValue());
		int oldest = statementsSentBy(
				() -> this.graphQl.document(document).variable("asOf", "R000").execute().path("railways").hasValue());
		assertThat(all).isLessThanOrEqualTo(7).isEqualTo(oldest);
	}

	@Test
	void runsTheExampleQuery() {
		ExampleQuery.load("q04-pipelines-and-railways.graphql")
			.execute(this.graphQl)
			.path("pipelines[?(@.id == 'Pipeline:tapi-pipeline')].route[*].country.name")
			.entityList(String.class)
			.containsExactly("Turkmenistan", "Afghanistan", "Pakistan", "India")
			.path("railways[?(@.id == 'Railway:andkhoy-extension-150km')].route[*].place.name")
			.entityList(String.class)
			.containsExactly("Serhetabat", "Andkhoy")
			.path("corridors[*].name")
			.entityList(String.class)
			.contains("Northern Afghanistan railway corridor");
	}

	private static Map<String, Object> byId(List<Map<String, Object>> nodes, String id) {
		return nodes.stream().filter((n) -> id.equals(n.get("id"))).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> node, String field) {
		return (List<Map<String, Object>>) node.get(field);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> evidence(Map<String, Object> stop) {
		return (List<Map<String, Object>>) stop.get("evidence");
	}

	@SuppressWarnings("unchecked")
	private static String id(Object node) {
		return (node != null) ? (String) ((Map<String, Object>) node).get("id") : null;
	}

}
