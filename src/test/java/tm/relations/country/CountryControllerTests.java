package tm.relations.country;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

class CountryControllerTests extends GraphApiTestSupport {

	@Test
	void returnsJapanRelationEstablishedInApril1992() {
		this.graphQl.document("""
				query ($name: String!) {
				  country(name: $name) {
				    name
				    relationWithTurkmenistan { established { value precision } impliedByMissions current
				                               evidence { revision quote } }
				  }
				}""")
			.variable("name", "Japan")
			.execute()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("Japan")
			.path("country.relationWithTurkmenistan[*].established.value")
			.entityList(String.class)
			.containsExactly("1992-04")
			.path("country.relationWithTurkmenistan[0].established.precision")
			.entity(String.class)
			.isEqualTo("MONTH")
			.path("country.relationWithTurkmenistan[0].current")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("country.relationWithTurkmenistan[0].evidence[*].revision")
			.entityList(String.class)
			.containsExactly("R000", "R002")
			.path("country.relationWithTurkmenistan[0].evidence[0].quote")
			.entity(String.class)
			.isEqualTo("Diplomatic relations between Japan and Turkmenistan were established in April 1992.");
	}

	@Test
	void resolvesCountriesByIsoCodeAliasAndAdjective() {
		this.graphQl.document("""
				{ iso: country(name: "JPN") { id name iso3 }
				  alias: country(name: "Vatican") { id name }
				  adjective: country(name: "south korean") { id }
				  padded: country(name: "  turkey ") { id } }""")
			.execute()
			.path("iso.id")
			.entity(String.class)
			.isEqualTo("Country:japan")
			.path("iso.iso3")
			.entity(String.class)
			.isEqualTo("JPN")
			.path("alias.id")
			.entity(String.class)
			.isEqualTo("Country:holy-see")
			.path("alias.name")
			.entity(String.class)
			.isEqualTo("Holy See")
			.path("adjective.id")
			.entity(String.class)
			.isEqualTo("Country:south-korea")
			.path("padded.id")
			.entity(String.class)
			.isEqualTo("Country:turkey");
	}

	@Test
	void returnsNullForAnUnknownCountry() {
		this.graphQl.document("""
				{ unknown: country(name: "Atlantis") { id } blank: country(name: " ") { id }
				  city: country(name: "Ashgabat") { id } }""")
			.execute()
			.path("unknown")
			.valueIsNull()
			.path("blank")
			.valueIsNull()
			.path("city")
			.valueIsNull();
	}

	@Test
	void returnsRelationImpliedByMissionsWithoutADate() {
		this.graphQl.document("""
				{ country(name: "Qatar") { relationWithTurkmenistan { established { value } impliedByMissions
				                                                      evidence { revision quote } } } }""")
			.execute()
			.path("country.relationWithTurkmenistan[0].established")
			.valueIsNull()
			.path("country.relationWithTurkmenistan[0].impliedByMissions")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("country.relationWithTurkmenistan[0].evidence[0].quote")
			.entity(String.class)
			.isEqualTo("Qatar has an embassy in Ashgabat.");
	}

	@Test
	void returnsChinaAsLargestCommercialPartnerWithEvidence() {
		this.graphQl.document("""
				{ country(name: "CHN") { trade { tradeKind current evidence { revision } } } }""")
			.execute()
			.path("country.trade[?(@.tradeKind == 'LARGEST_COMMERCIAL_PARTNER')].evidence[*].revision")
			.entityList(String.class)
			.containsExactly("R001", "R002");
	}

	@Test
	void returnsTheRelationOfAnUnnamedCounterpartOnItsPlaceholder() {
		this.graphQl.document(
				"""
						{ node(id: "Placeholder:unstated-002-p24") {
						    ... on Placeholder { relationWithTurkmenistan { established { value precision } evidence { basis } } } } }""")
			.execute()
			.path("node.relationWithTurkmenistan[0].established.value")
			.entity(String.class)
			.isEqualTo("1995-04-06")
			.path("node.relationWithTurkmenistan[0].evidence[0].basis")
			.entity(String.class)
			.isEqualTo("UNSTATED");
	}

	@Test
	void filtersTheRelationByRevision() {
		this.graphQl.document("""
				{ country(name: "Japan") { r000: relationWithTurkmenistan(asOf: R000) { key }
				                           r001: relationWithTurkmenistan(asOf: R001) { key } } }""")
			.execute()
			.path("country.r000[*].key")
			.entityList(String.class)
			.containsExactly("relations.japan")
			.path("country.r001")
			.entityList(Object.class)
			.hasSize(0);
	}

}
