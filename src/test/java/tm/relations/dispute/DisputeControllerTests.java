package tm.relations.dispute;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

class DisputeControllerTests extends GraphApiTestSupport {

	private static final String CASPIAN = "country.disputes[?(@.id == 'Dispute:dispute.caspian-boundaries')]";

	@Test
	void tracksTheCaspianBoundariesStatusAcrossRevisions() {
		this.graphQl.document("""
				{ country(name: "Kazakhstan") { disputes { id topic disputeKind
				    status { value current }
				    statusHistory { value current evidence { revision } }
				    parties { party { id } role }
				    treaties { id } } } }""")
			.execute()
			.path("country.disputes[*].id")
			.entityList(String.class)
			.containsExactly("Dispute:dispute.caspian-boundaries", "Dispute:dispute.russia-kazakhstan-azerbaijan")
			.path(CASPIAN + ".disputeKind")
			.entityList(String.class)
			.containsExactly("BOUNDARY")
			.path(CASPIAN + ".statusHistory[*].value")
			.entityList(String.class)
			.containsExactly("UNRESOLVED", "PARTIALLY_RESOLVED")
			.path(CASPIAN + ".statusHistory[0].evidence[*].revision")
			.entityList(String.class)
			.containsExactly("R000")
			.path(CASPIAN + ".status.value")
			.entityList(String.class)
			.containsExactly("PARTIALLY_RESOLVED")
			.path(CASPIAN + ".parties[?(@.role == 'SUBJECT')].party.id")
			.entityList(String.class)
			.containsExactly("Region:caspian-sea")
			.path(CASPIAN + ".treaties[*].id")
			.entityList(String.class)
			.containsExactly("Treaty:treaty.caspian-sea-convention-2018")
			.path("country.disputes[?(@.id == 'Dispute:dispute.russia-kazakhstan-azerbaijan')].status.value")
			.entityList(String.class)
			.containsExactly("SETTLED");
	}

	@Test
	void returnsTheWaterSharingDisputeWithUzbekistan() {
		this.graphQl.document("""
				{ country(name: "Uzbekistan") { disputes(asOf: R002) { key disputeKind status { value }
				    evidence { revision quote } } } }""")
			.execute()
			.path("country.disputes[*].key")
			.entityList(String.class)
			.containsExactly("dispute.water-sharing-uzbekistan")
			.path("country.disputes[0].disputeKind")
			.entity(String.class)
			.isEqualTo("WATER_SHARING")
			.path("country.disputes[0].status.value")
			.entity(String.class)
			.isEqualTo("ONGOING");
	}

	@Test
	void showsThePositionsTheUnitedStatesAdvocatedInEachRevision() {
		this.graphQl.document("""
				{ node(id: "Dispute:dispute.reform-united-states") { ... on Dispute {
				    positions { advocate { id } value current evidence { revision } } } } }""")
			.execute()
			.path("node.positions[*].value")
			.entityList(String.class)
			.containsExactly("industrial privatization", "industrial and agricultural privatization")
			.path("node.positions[*].current")
			.entityList(Boolean.class)
			.containsExactly(false, true);
	}

}
