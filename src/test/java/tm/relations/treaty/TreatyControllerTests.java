package tm.relations.treaty;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class TreatyControllerTests extends GraphApiTestSupport {

	@Test
	void returnsTheFrenchProtocolOfMarch1992WithItsParties() {
		this.graphQl.document("""
				{ country(name: "France") { agreements { id treatyKind date { value precision } subject
				    parties { party { id } evidence { basis } } evidence { revision } } } }""")
			.execute()
			.path("country.agreements[?(@.treatyKind == 'PROTOCOL')].date.value")
			.entityList(String.class)
			.containsExactly("1992-03-06")
			.path("country.agreements[?(@.treatyKind == 'PROTOCOL')].parties[*].party.id")
			.entityList(String.class)
			.satisfies(
					(values) -> assertThat(values).containsExactlyInAnyOrder("Country:france", "Country:turkmenistan"))
			.path("country.agreements[?(@.treatyKind == 'CONTRACT')].id")
			.entityList(String.class)
			.containsExactly("Treaty:treaty.bouygues-construction-contracts");
	}

	@Test
	void returnsTheSerdarMemorandumWithAzerbaijanAndWhatItConcerns() {
		this.graphQl.document("""
				{ country(name: "AZE") { agreements(asOf: R002) { key treatyKind date { value }
				    concerns { id } evidence { revision quote } } } }""")
			.execute()
			.path("country.agreements[*].key")
			.entityList(String.class)
			.containsExactly("treaty.serdar-memorandum-2020")
			.path("country.agreements[0].treatyKind")
			.entity(String.class)
			.isEqualTo("MEMORANDUM")
			.path("country.agreements[0].concerns[*].id")
			.entityList(String.class)
			.containsExactly("Field:serdar-oil-field");
	}

	@Test
	void fetchesATreatyByGlobalId() {
		this.graphQl.document("""
				{ node(id: "Treaty:treaty.caspian-sea-convention-2018") { id ... on Treaty {
				    treatyKind outcome concerns { id } } } }""")
			.execute()
			.path("node.treatyKind")
			.entity(String.class)
			.isEqualTo("CONVENTION")
			.path("node.concerns[*].id")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsExactlyInAnyOrder("Region:caspian-sea",
					"Dispute:dispute.caspian-boundaries"));
	}

}
