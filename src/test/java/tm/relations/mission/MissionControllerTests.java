package tm.relations.mission;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

class MissionControllerTests extends GraphApiTestSupport {

	private static final String MISSIONS = """
			query ($name: String!, $direction: MissionDirection) {
			  country(name: $name) {
			    missions(direction: $direction) {
			      id key missionKind present resident inCapital since { value precision }
			      city { name } owner { id name } accreditedTo { target { id } role evidence { revision } }
			      evidence { revision quote }
			    }
			  }
			}""";

	@Test
	void returnsJapanEmbassyInAshgabatSinceJanuary2005AndTurkmenEmbassyInTokyoSinceMay2013() {
		this.graphQl.document(MISSIONS)
			.variable("name", "Japan")
			.execute()
			.path("country.missions[*].key")
			.entityList(String.class)
			.containsExactly("mission.japan.embassy.ashgabat", "mission.turkmenistan.embassy.tokyo")
			.path("country.missions[0].missionKind")
			.entity(String.class)
			.isEqualTo("EMBASSY")
			.path("country.missions[0].city.name")
			.entity(String.class)
			.isEqualTo("Ashgabat")
			.path("country.missions[0].owner.id")
			.entity(String.class)
			.isEqualTo("Country:japan")
			.path("country.missions[0].since.value")
			.entity(String.class)
			.isEqualTo("2005-01")
			.path("country.missions[0].since.precision")
			.entity(String.class)
			.isEqualTo("MONTH")
			.path("country.missions[0].evidence[*].revision")
			.entityList(String.class)
			.containsExactly("R000", "R002")
			.path("country.missions[1].city.name")
			.entity(String.class)
			.isEqualTo("Tokyo")
			.path("country.missions[1].owner.id")
			.entity(String.class)
			.isEqualTo("Country:turkmenistan")
			.path("country.missions[1].since.value")
			.entity(String.class)
			.isEqualTo("2013-05")
			.path("country.missions[1].accreditedTo[*].target.id")
			.entityList(String.class)
			.containsExactly("Country:japan");
	}

	@Test
	void separatesSentAndHostedMissions() {
		this.graphQl.document(MISSIONS)
			.variable("name", "Japan")
			.variable("direction", "SENT")
			.execute()
			.path("country.missions[*].key")
			.entityList(String.class)
			.containsExactly("mission.japan.embassy.ashgabat");
		this.graphQl.document(MISSIONS)
			.variable("name", "Japan")
			.variable("direction", "HOSTED")
			.execute()
			.path("country.missions[*].key")
			.entityList(String.class)
			.containsExactly("mission.turkmenistan.embassy.tokyo");
	}

	@Test
	void recordsThatTurkmenistanHasNoRepresentationInDoha() {
		this.graphQl.document(MISSIONS)
			.variable("name", "Qatar")
			.variable("direction", "HOSTED")
			.execute()
			.path("country.missions[*].key")
			.entityList(String.class)
			.containsExactly("mission.turkmenistan.diplomatic-mission.doha")
			.path("country.missions[0].present")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("country.missions[0].resident")
			.valueIsNull()
			.path("country.missions[0].city.name")
			.entity(String.class)
			.isEqualTo("Doha")
			.path("country.missions[0].owner.id")
			.entity(String.class)
			.isEqualTo("Country:turkmenistan")
			.path("country.missions[0].evidence[0].quote")
			.entity(String.class)
			.isEqualTo("Turkmenistan has no permanent diplomatic representation in Doha");
	}

	@Test
	void returnsLibyanEconomicOfficeRatherThanAnEmbassy() {
		this.graphQl.document(MISSIONS)
			.variable("name", "Libya")
			.variable("direction", "SENT")
			.execute()
			.path("country.missions[?(@.missionKind == 'ECONOMIC_OFFICE')].present")
			.entityList(Boolean.class)
			.containsExactly(true)
			.path("country.missions[?(@.missionKind == 'ECONOMIC_OFFICE')].city.name")
			.entityList(String.class)
			.containsExactly("Ashgabat")
			.path("country.missions[?(@.missionKind == 'EMBASSY')].present")
			.entityList(Boolean.class)
			.containsExactly(false);
	}

	@Test
	void returnsTheNunciatureWithItsNuncioResidentInAnkara() {
		this.graphQl.document("""
				{ country(name: "Vatican") { missions(direction: SENT) {
				    missionKind resident city { name } headResidentIn { name } } } }""")
			.execute()
			.path("country.missions[0].missionKind")
			.entity(String.class)
			.isEqualTo("NUNCIATURE")
			.path("country.missions[0].resident")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("country.missions[0].city.name")
			.entity(String.class)
			.isEqualTo("Ashgabat")
			.path("country.missions[0].headResidentIn.name")
			.entity(String.class)
			.isEqualTo("Ankara");
	}

	@Test
	void fetchesAMissionByGlobalIdWithWhatItDoublesAsAndItsAccreditations() {
		this.graphQl.document("""
				{ node(id: "Mission:mission.turkmenistan.diplomatic-mission.geneva") {
				    id ... on Mission { missionKind doublesAs city { name }
				      accreditedTo { target { id } role current evidence { revision quote } } } } }""")
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo("Mission:mission.turkmenistan.diplomatic-mission.geneva")
			.path("node.missionKind")
			.entity(String.class)
			.isEqualTo("DIPLOMATIC_MISSION")
			.path("node.doublesAs")
			.entityList(String.class)
			.containsExactly("EMBASSY", "PERMANENT_MISSION")
			.path("node.accreditedTo[?(@.target.id == 'Country:switzerland')].role")
			.entityList(String.class)
			.containsExactly("EMBASSY")
			.path("node.accreditedTo[?(@.target.id == 'Organisation:wto')].role")
			.entityList(String.class)
			.containsExactly("PERMANENT_MISSION");
	}

	@Test
	void returnsTheHeadOfTheAfghanEmbassy() {
		this.graphQl.document("""
				{ node(id: "Mission:mission.afghanistan.embassy.ashgabat") { ... on Mission {
				    heads { person { name } role since { value precision } evidence { basis context } } } } }""")
			.execute()
			.path("node.heads[0].person.name")
			.entity(String.class)
			.isEqualTo("Fazal Muhammad Sabir")
			.path("node.heads[0].since.value")
			.entity(String.class)
			.isEqualTo("2022-03")
			.path("node.heads[0].evidence[0].basis")
			.entity(String.class)
			.isEqualTo("PARAGRAPH");
	}

	@Test
	void listsForeignMissionsAccreditedToTurkmenistan() {
		this.graphQl.document(MISSIONS)
			.variable("name", "Turkmenistan")
			.variable("direction", "HOSTED")
			.execute()
			.path("country.missions[*].key")
			.entityList(String.class)
			.contains("mission.japan.embassy.ashgabat", "mission.switzerland.embassy.baku",
					"mission.osce.diplomatic-mission.ashgabat")
			.doesNotContain("mission.turkmenistan.embassy.tokyo");
	}

}
