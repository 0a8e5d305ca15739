package tm.relations.energy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PRODUCT 4.3: the partners connected to Turkmenistan by energy infrastructure or flows,
 * against the graph loaded from the real scripts.
 */
class EnergyControllerTests extends GraphApiTestSupport {

	/** What the tests ask of each partner, the list's and the connection's alike. */
	private static final String PARTNER_FIELDS = """
			fragment PartnerFields on EnergyPartner {
			  country { id name }
			  current
			  connections {
			    id role type buyerRank current
			    since { value } until { value } resumed { value }
			    volume kwhPerYear mode railheads { id }
			    company { id }
			    asset { id ... on Pipeline { status route { seq country { id } } } }
			    evidence { revision quote dubious }
			  }
			}""";

	private static final String PARTNERS = """
			query ($of: String, $asOf: Revision, $includeDubious: Boolean) {
			  energyPartners(of: $of, asOf: $asOf, includeDubious: $includeDubious) { ...PartnerFields }
			}
			""" + PARTNER_FIELDS;

	private static final String PAGE = """
			query ($first: Int, $after: String) {
			  energyPartnersConnection(first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			    edges { cursor node { country { id } connections { evidence { quote } } } }
			  }
			}""";

	/** The first partner in name order, with what {@link #PARTNERS} asks of each. */
	private static final String PAGE_OF_ONE = """
			query ($asOf: Revision) {
			  energyPartnersConnection(first: 1, asOf: $asOf) { edges { node { ...PartnerFields } } }
			}
			""" + PARTNER_FIELDS;

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Test
	void anExplicitNullCountryMeansTurkmenistanAsNoCountryDoes() {
		// It was read as a country named 'null' (found by a QA pass).
		List<Map<String, Object>> byDefault = partners(null, null, false);
		assertThat(byDefault).isNotEmpty();
		assertThat(this.graphQl.document(PARTNERS)
			.variable("includeDubious", false)
			.variable("of", null)
			.execute()
			.path("energyPartners")
			.entity(LIST)
			.get()).isEqualTo(byDefault);
		this.graphQl.document("{ energyPartnersConnection(of: null, first: 3) { totalCount } }")
			.execute()
			.path("energyPartnersConnection.totalCount")
			.entity(Integer.class)
			.isEqualTo(byDefault.size());
	}

	@Test
	void afghanistanIsConnectedByTheTapiPipelineElectricityAndLpg() {
		List<Map<String, Object>> afghanistan = connections(partners(null, null, false), "Country:afghanistan");
		assertThat(afghanistan).extracting((c) -> c.get("role"))
			.containsExactly("ROUTE_COUNTRY", "ELECTRICITY_BUYER", "LPG_BUYER");
		Map<String, Object> tapi = afghanistan.get(0);
		assertThat(asset(tapi)).containsEntry("id", "Pipeline:tapi-pipeline").containsEntry("status", "AGREED");
		assertThat(routeCountries(tapi)).containsExactly("Country:turkmenistan", "Country:afghanistan",
				"Country:pakistan", "Country:india");
		assertThat(afghanistan.get(1)).containsEntry("volume", "more than 320 million kilowatt hours every year")
			.containsEntry("kwhPerYear", 3.2E8);
		assertThat(afghanistan.get(2)).containsEntry("mode", "RAIL");
		assertThat(ids(afghanistan.get(2).get("railheads"))).containsExactlyInAnyOrder("City:ymamnazar",
				"City:torghundi");
	}

	@Test
	void chinaIsTheCurrentMainGasBuyerViaTheCentralAsiaChinaPipeline() {
		List<Map<String, Object>> china = connections(partners(null, null, false), "Country:china");
		Map<String, Object> mainBuyer = china.stream()
			.filter((c) -> "GAS_BUYER".equals(c.get("role")) && c.get("asset") != null)
			.findFirst()
			.orElseThrow();
		assertThat(mainBuyer).containsEntry("buyerRank", "MAIN").containsEntry("current", true);
		assertThat(asset(mainBuyer)).containsEntry("id", "Pipeline:central-asia-china-pipeline")
			.containsEntry("status", "OPERATING");
		assertThat(revisions(mainBuyer)).containsExactly("R001", "R002");
		assertThat(china).extracting((c) -> c.get("role")).contains("ROUTE_COUNTRY");
	}

	@Test
	void iranBuiltTheDostlukDamAndTheKorpejeKurtKuiPipelineInAJointVenture() {
		List<Map<String, Object>> iran = connections(partners(null, null, false), "Country:iran");
		assertThat(iran).filteredOn((c) -> "JOINT_VENTURE_PARTNER".equals(c.get("role")))
			.extracting((c) -> asset(c).get("id"))
			.containsExactlyInAnyOrder("Dam:dostluk-dam", "Pipeline:korpeje-kurt-kui-pipeline");
		Map<String, Object> route = iran.stream()
			.filter((c) -> "ROUTE_COUNTRY".equals(c.get("role")))
			.findFirst()
			.orElseThrow();
		assertThat(asset(route)).containsEntry("id", "Pipeline:korpeje-kurt-kui-pipeline");
		assertThat(routeCountries(route)).containsExactly("Country:turkmenistan", "Country:iran");
		assertThat(iran).filteredOn((c) -> "GAS_BUYER".equals(c.get("role")))
			.extracting((c) -> c.get("buyerRank"), (c) -> c.get("current"))
			.contains(org.assertj.core.groups.Tuple.tuple("SECOND", false));
	}

	@Test
	void russiaAndUkraineAreTheMainBuyersOnlyInRevision000() {
		List<Map<String, Object>> oldest = partners(null, "R000", false);
		assertThat(mainBuyers(oldest)).containsExactlyInAnyOrder("Country:russia", "Country:ukraine");
		List<Map<String, Object>> newest = partners(null, "R002", false);
		assertThat(mainBuyers(newest)).containsExactly("Country:china");
		assertThat(newest).extracting((p) -> id(p.get("country"))).doesNotContain("Country:ukraine");
		Map<String, Object> russiaNow = connections(newest, "Country:russia").stream()
			.filter((c) -> "GAS_BUYER".equals(c.get("role")))
			.findFirst()
			.orElseThrow();
		assertThat(russiaNow).containsEntry("buyerRank", null);
		assertThat(russiaNow.get("until")).isEqualTo(Map.of("value", "2016"));
		assertThat(russiaNow.get("resumed")).isEqualTo(Map.of("value", "2019"));
	}

	@Test
	void pakistanIsLinkedByWarmWaterOnlyWhenDubiousStatementsAreIncluded() {
		assertThat(connections(partners(null, null, false), "Country:pakistan")).extracting((c) -> c.get("role"))
			.containsExactly("ROUTE_COUNTRY");
		List<Map<String, Object>> withDubious = connections(partners(null, null, true), "Country:pakistan");
		assertThat(withDubious).extracting((c) -> c.get("role"))
			.containsExactly("ROUTE_COUNTRY", "WARM_WATER_SUPPLIER");
		assertThat(evidence(withDubious.get(1))).allSatisfy((e) -> assertThat(e).containsEntry("dubious", true));
	}

	@Test
	void fieldsAndConcessionsConnectTheHomeCountriesOfTheirCompanies() {
		List<Map<String, Object>> partners = partners(null, null, false);
		assertThat(connections(partners, "Country:italy")).singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("role", "OPERATOR_COUNTRY")
				.containsEntry("company", Map.of("id", "Company:eni")));
		assertThat(connections(partners, "Country:united-arab-emirates")).singleElement()
			.satisfies((c) -> assertThat(asset(c)).containsEntry("id", "Concession:dragon-oil-concession"));
		assertThat(connections(partners, "Country:azerbaijan")).singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("role", "SHARES_FIELD"));
	}

	@Test
	void everyConnectionCarriesItsEvidence() {
		List<Map<String, Object>> partners = partners(null, null, false);
		assertThat(partners).extracting((p) -> id(p.get("country")))
			.contains("Country:afghanistan", "Country:china", "Country:india", "Country:iran", "Country:pakistan",
					"Country:russia", "Country:ukraine")
			.doesNotContain("Country:turkmenistan");
		partners.forEach((partner) -> assertThat(connections(partners, id(partner.get("country"))))
			.allSatisfy((c) -> assertThat(evidence(c)).isNotEmpty()
				.allSatisfy((e) -> assertThat((String) e.get("quote")).isNotBlank())));
	}

	@Test
	void acceptsTheCountryByIsoCodeOrGlobalId() {
		assertThat(partners("PAK", null, false)).extracting((p) -> id(p.get("country")))
			.contains("Country:turkmenistan", "Country:afghanistan", "Country:india");
		assertThat(partners("Country:turkmenistan", null, false)).extracting((p) -> id(p.get("country")))
			.contains("Country:china");
	}

	@Test
	void aCountryWithoutEnergyLinksHasNoPartners() {
		assertThat(partners("Japan", null, false)).isEmpty();
	}

	@Test
	void anUnknownCountryIsNotFound() {
		this.graphQl.document(PARTNERS)
			.variable("of", "Atlantis")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("No country named 'Atlantis'");
			}));
	}

	@Test
	void theConnectionServesTheListAPageAtATime() {
		List<String> all = this.graphQl.document("{ energyPartners { country { id } } }")
			.execute()
			.path("energyPartners[*].country.id")
			.entityList(String.class)
			.get();
		assertThat(all).hasSizeGreaterThan(3);
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		int pages = 0;
		while (hasNextPage) {
			GraphQlTester.Response page = this.graphQl.document(PAGE)
				.variable("first", 3)
				.variable("after", after)
				.execute();
			page.path("energyPartnersConnection.totalCount").entity(Integer.class).isEqualTo(all.size());
			page.path("energyPartnersConnection.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
			List<String> ids = page.path("energyPartnersConnection.edges[*].node.country.id")
				.entityList(String.class)
				.get();
			assertThat(ids).hasSizeBetween(1, 3);
			paged.addAll(ids);
			page.path("energyPartnersConnection.edges[0].node.connections[0].evidence[0].quote")
				.entity(String.class)
				.satisfies((quote) -> assertThat(quote).isNotBlank());
			hasNextPage = page.path("energyPartnersConnection.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("energyPartnersConnection.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(paged).isEqualTo(all);
		assertThat(pages).isEqualTo((all.size() + 2) / 3);
	}

	@Test
	void aPageHoldsWhatTheListHolds() {
		List<Map<String, Object>> list = partners(null, "R002", false);
		Map<String, Object> first = this.graphQl.document(PAGE_OF_ONE)
			.variable("asOf", "R002")
			.execute()
			.path("energyPartnersConnection.edges[0].node")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(list.get(0)).containsKey("connections");
		assertThat(first).isEqualTo(list.get(0));
	}

	@Test
	void aBadPageOfPartnersIsABadRequestAndAnUnknownCountryNotFound() {
		this.graphQl.document(PAGE)
			.variable("first", 0)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		this.graphQl.document(PAGE)
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("Malformed cursor 'not-a-cursor'")));
		// The page after the largest offset would start at an int that overflows.
		String last = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("offset:" + Integer.MAX_VALUE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.graphQl.document(PAGE)
			.variable("after", last)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		this.graphQl.document("{ energyPartnersConnection(of: \"Atlantis\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

	@Test
	void readsPartnersAssetsRoutesAndStatusesInOneStatement() {
		String document = """
				query ($asOf: Revision) { energyPartners(asOf: $asOf) { country { id } connections { role
				  asset { id ... on Pipeline { route { seq place { id } country { id } } statusHistory { value } } }
				  company { id } railheads { id } } } }""";
		int all = statementsSentBy(() -> this.graphQl.document(document)
			.execute()
			.path("energyPartners[*].connections[*].asset.route[*].seq")
			.entityList(Integer.class)
			.hasSizeGreaterThan(5));
		int oldest = statementsSentBy(() -> this.graphQl.document(document)
			.variable("asOf", "R000")
			.execute()
			.path("energyPartners")
			.hasValue());
		int page = statementsSentBy(() -> this.graphQl.document("""
				{ energyPartnersConnection(first: 3) { edges { node { connections {
				  asset { ... on Pipeline { route(asOf: R001) { seq } statusHistory { value } } } } } } } }""")
			.execute()
			.path("energyPartnersConnection.edges")
			.hasValue());
		assertThat(all).isEqualTo(1).isEqualTo(oldest).isEqualTo(page);
		// Routes asked with two revisions are not read with the partners: their loader
		// reads them, a statement per revision.
		int twoRevisions = statementsSentBy(() -> this.graphQl.document(
				"""
						{ energyPartners { connections { asset { ... on Pipeline {
						  oldest: route(asOf: R000) { seq } newest: route(asOf: R002) { seq } statusHistory { value } } } } } }""")
			.execute()
			.path("energyPartners")
			.hasValue());
		assertThat(twoRevisions).isEqualTo(3);
	}

	@Test
	void theRoutesAndStatusesReadWithThePartnersAreThoseOfThePipelinesThemselves() {
		// energyPartners reads them in its statement; pipelines through the loaders.
		String line = "id route(asOf: $routeAsOf) { seq place { id } country { id } current evidence { quote } } "
				+ "statusHistory { value evidence { revision quote } }";
		for (String routeAsOf : Arrays.asList(null, "R000", "R002")) {
			for (String partnersAsOf : Arrays.asList(null, "R001")) {
				List<Map<String, Object>> read = this.graphQl
					.document("query ($asOf: Revision, $routeAsOf: Revision) { energyPartners(asOf: $asOf) { "
							+ "connections { asset { ... on Pipeline { " + line + " } } } } }")
					.variable("asOf", partnersAsOf)
					.variable("routeAsOf", routeAsOf)
					.execute()
					.path("energyPartners[*].connections[*].asset")
					.entity(LIST)
					.get();
				Map<Object, Map<String, Object>> pipelines = new HashMap<>();
				this.graphQl.document("query ($routeAsOf: Revision) { pipelines { " + line + " } }")
					.variable("routeAsOf", routeAsOf)
					.execute()
					.path("pipelines")
					.entity(LIST)
					.get()
					.forEach((pipeline) -> pipelines.put(pipeline.get("id"), pipeline));
				List<Map<String, Object>> lines = read.stream()
					.filter((asset) -> asset != null && asset.containsKey("route"))
					.toList();
				assertThat(lines).as("pipelines among the partners' assets as of %s", partnersAsOf)
					.hasSizeGreaterThan((partnersAsOf == null) ? 3 : 1);
				assertThat(lines).as("route as of %s, partners as of %s", routeAsOf, partnersAsOf)
					.allSatisfy((pipeline) -> assertThat(pipeline).isEqualTo(pipelines.get(pipeline.get("id"))));
			}
		}
	}

	@Test
	void runsTheExampleQuery() {
		ExampleQuery.load("q03-energy-partners.graphql")
			.execute(this.graphQl)
			.path("energyPartners[*].country.name")
			.entityList(String.class)
			.contains("Afghanistan", "China", "Iran", "Pakistan", "India")
			.path("energyPartners[0].connections[0].evidence[0].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).isNotBlank());
	}

	private List<Map<String, Object>> partners(String of, String asOf, boolean includeDubious) {
		GraphQlTester.Request<?> request = this.graphQl.document(PARTNERS).variable("includeDubious", includeDubious);
		if (of != null) {
			request.variable("of", of);
		}
		if (asOf != null) {
			request.variable("asOf", asOf);
		}
		return request.execute().path("energyPartners").entity(LIST).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> connections(List<Map<String, Object>> partners, String countryId) {
		return partners.stream()
			.filter((p) -> countryId.equals(id(p.get("country"))))
			.findFirst()
			.map((p) -> (List<Map<String, Object>>) p.get("connections"))
			.orElseThrow(() -> new AssertionError("No partner " + countryId));
	}

	private static List<String> mainBuyers(List<Map<String, Object>> partners) {
		return partners.stream()
			.filter((p) -> connections(partners, id(p.get("country"))).stream()
				.anyMatch((c) -> "GAS_BUYER".equals(c.get("role")) && "MAIN".equals(c.get("buyerRank"))))
			.map((p) -> id(p.get("country")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asset(Map<String, Object> connection) {
		return (Map<String, Object>) connection.get("asset");
	}

	@SuppressWarnings("unchecked")
	private static List<String> routeCountries(Map<String, Object> connection) {
		return ((List<Map<String, Object>>) asset(connection).get("route")).stream()
			.map((stop) -> id(stop.get("country")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> evidence(Map<String, Object> connection) {
		return (List<Map<String, Object>>) connection.get("evidence");
	}

	private static List<Object> revisions(Map<String, Object> connection) {
		return evidence(connection).stream().map((e) -> e.get("revision")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Object nodes) {
		return ((List<Map<String, Object>>) nodes).stream().map((n) -> (String) n.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static String id(Object node) {
		return (node != null) ? (String) ((Map<String, Object>) node).get("id") : null;
	}

}
