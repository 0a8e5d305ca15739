package tm.relations.company;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyControllerTests extends GraphApiTestSupport {

	private static final String COMPANIES = """
			query ($country: String, $sector: String) {
			  companies(country: $country, sector: $sector) {
			    totalCount
			    edges { node { id name sector homeCountry { id }
			                   activities { country { id } activity sector evidence { revision quote } } } }
			  }
			}""";

	@Test
	void includesSiemensAmongGermanCompaniesWithItsActivity() {
		this.graphQl.document(COMPANIES)
			.variable("country", "Germany")
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("Company:claas", "Company:commerzbank", "Company:deutsche-bank", "Company:siemens")
			.path("companies.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("companies.edges[?(@.node.id == 'Company:siemens')].node.homeCountry.id")
			.entityList(String.class)
			.containsExactly("Country:germany")
			.path("companies.edges[?(@.node.id == 'Company:siemens')].node.activities[*].activity")
			.entityList(String.class)
			.containsExactly("significant sales of medical equipment")
			.path("companies.edges[?(@.node.id == 'Company:siemens')].node.activities[*].evidence[*].quote")
			.entityList(String.class)
			.containsExactly(
					"Such German firms as Siemens and Claas have made significant sales of medical and agricultural equipment, respectively, to Turkmenistan.");
	}

	@Test
	void findsTheHomeCountryByAdjectiveOrIsoCode() {
		this.graphQl.document(COMPANIES)
			.variable("country", "DEU")
			.execute()
			.path("companies.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
		this.graphQl.document(COMPANIES)
			.variable("country", "french")
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("Company:bouygues", "Company:thales-alenia-space");
	}

	@Test
	void filtersCompaniesBySectorCaseInsensitively() {
		this.graphQl.document(COMPANIES)
			.variable("sector", "petroleum")
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.contains("Company:eni", "Company:petronas", "Company:dragon-oil")
			.doesNotContain("Company:siemens");
		this.graphQl.document(COMPANIES)
			.variable("country", "Japan")
			.variable("sector", "banking")
			.execute()
			.path("companies.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void rejectsAnUnknownHomeCountryWithNotFound() {
		this.graphQl.document(COMPANIES)
			.variable("country", "Atlantis")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND");
				assertThat(error.getMessage()).contains("Atlantis");
			}));
	}

	@Test
	void listsTheCompaniesOfACountryWithTheEvidenceOfTheirHome() {
		this.graphQl.document(
				"""
						{ country(name: "Japan") { companies { company { id } current evidence { revision basis context } } } }""")
			.execute()
			.path("country.companies[*].company.id")
			.entityList(String.class)
			.containsExactly("Company:kawasaki", "Company:sumitomo")
			.path("country.companies[0].evidence[0].basis")
			.entity(String.class)
			.isEqualTo("PARAGRAPH")
			.path("country.companies[0].evidence[0].context")
			.entity(String.class)
			.isEqualTo("Diplomatic relations between Japan and Turkmenistan were established in April 1992.");
	}

	@Test
	void listsAirRoutesOfTheNationalAirlineWithTheirConnections() {
		this.graphQl.document("""
				{ node(id: "Company:turkmenistan-airlines") { ... on Company {
				    airRoutes { id name scheduled airline { id } from { name } to { name }
				                connectsWith { route { name } at { name } evidence { revision } } } } } }""")
			.execute()
			.path("node.airRoutes[*].name")
			.entityList(String.class)
			.contains("Ashgabat–Kuala Lumpur", "Ashgabat–New Delhi")
			.path("node.airRoutes[?(@.name == 'Ashgabat–Kuala Lumpur')].to.name")
			.entityList(String.class)
			.containsExactly("Kuala Lumpur")
			.path("node.airRoutes[?(@.name == 'Ashgabat–New Delhi')].connectsWith[*].route.name")
			.entityList(String.class)
			.containsExactly("Ashgabat–Birmingham", "Ashgabat–London")
			.path("node.airRoutes[?(@.name == 'Ashgabat–New Delhi')].connectsWith[*].at.name")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("Ashgabat"));
	}

}
