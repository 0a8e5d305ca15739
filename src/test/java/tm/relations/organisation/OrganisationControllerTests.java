package tm.relations.organisation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationControllerTests extends GraphApiTestSupport {

	@Test
	void listsTurkmenistanAmongOsceMembersWithEvidence() {
		this.graphQl.document("""
				{ organisation(name: "osce") { id acronym
				    members { member { id } kind current evidence { revision quote } } } }""")
			.execute()
			.path("organisation.id")
			.entity(String.class)
			.isEqualTo("Organisation:osce")
			.path("organisation.members[*].member.id")
			.entityList(String.class)
			.containsExactly("Country:turkmenistan")
			.path("organisation.members[0].kind")
			.entity(String.class)
			.isEqualTo("MEMBER")
			.path("organisation.members[0].evidence[*].revision")
			.entityList(String.class)
			.containsExactly("R000", "R001", "R002");
	}

	@Test
	void findsAnOrganisationByFullNameAndAnswersNullForAnUnknownOne() {
		this.graphQl.document("""
				{ byName: organisation(name: "Organization for Security and Cooperation in Europe") { acronym }
				  unknown: organisation(name: "Warsaw Pact") { id } }""")
			.execute()
			.path("byName.acronym")
			.entity(String.class)
			.isEqualTo("OSCE")
			.path("unknown")
			.valueIsNull();
	}

	@Test
	void listsTheMissionsOfOrganisationsInAshgabat() {
		this.graphQl.document(
				"""
						{ organisation(name: "OSCE") { missionsInAshgabat { id missionKind city { name } evidence { revision } } } }""")
			.execute()
			.path("organisation.missionsInAshgabat[*].id")
			.entityList(String.class)
			.containsExactly("Mission:mission.osce.diplomatic-mission.ashgabat")
			.path("organisation.missionsInAshgabat[0].evidence[*].revision")
			.entityList(String.class)
			.containsExactly("R001", "R002");
	}

	@Test
	void showsWhatAnOrganisationIsPartOf() {
		this.graphQl.document("""
				{ inogate: organisation(name: "INOGATE") { partOf { whole { id } evidence { revision } }
				                                          members { member { id } kind } }
				  eu: organisation(name: "EU") { parts { part { id } } } }""")
			.execute()
			.path("inogate.partOf[*].whole.id")
			.entityList(String.class)
			.containsExactly("Organisation:european-union")
			.path("inogate.members[0].kind")
			.entity(String.class)
			.isEqualTo("PARTNER")
			.path("eu.parts[*].part.id")
			.entityList(String.class)
			.containsExactly("Organisation:inogate");
	}

	@Test
	void pagesThroughAllOrganisations() {
		int total;
		try (var session = this.driver.session()) {
			total = session.executeRead(
					(tx) -> tx.run("MATCH (o:Entity:Organisation) RETURN count(o) AS n").single().get("n").asInt());
		}
		String query = """
				query ($after: String) { organisations(first: 7, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""";
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document(query).variable("after", after).execute();
			response.path("organisations.totalCount").entity(Integer.class).isEqualTo(total);
			seen.addAll(response.path("organisations.edges[*].node.id").entityList(String.class).get());
			more = response.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("organisations.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(total).doesNotHaveDuplicates().contains("Organisation:osce");
	}

	@Test
	void filtersByKindWhateverItsCase() {
		int programmes;
		try (var session = this.driver.session()) {
			programmes = session
				.executeRead((tx) -> tx.run("MATCH (o:Entity:Organisation {orgKind: 'PROGRAMME'}) RETURN count(o) AS n")
					.single()
					.get("n")
					.asInt());
		}
		assertThat(programmes).isPositive();
		for (String kind : List.of("PROGRAMME", "programme", " Programme ")) {
			this.graphQl.document("query ($kind: String) { organisations(orgKind: $kind) { totalCount } }")
				.variable("kind", kind)
				.execute()
				.path("organisations.totalCount")
				.entity(Integer.class)
				.isEqualTo(programmes);
		}
	}

	@Test
	void listsTurkmenistanMembershipsAndNoSharedOnesWithItself() {
		this.graphQl.document("""
				{ country(name: "Turkmenistan") { memberships(asOf: R000) { organisation { acronym } kind }
				                                  sharedMemberships { organisation { id } } } }""")
			.execute()
			.path("country.memberships[*].organisation.acronym")
			.entityList(String.class)
			.contains("OSCE", "UN", "INOGATE")
			.doesNotContain("TURKSOY")
			.path("country.sharedMemberships")
			.entityList(Object.class)
			.hasSize(0);
	}

}
