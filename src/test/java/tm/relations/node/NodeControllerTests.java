package tm.relations.node;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class NodeControllerTests extends GraphApiTestSupport {

	@Test
	void fetchesAnEntityByGlobalIdWithItsStoredFields() {
		this.graphQl.document("""
				{ node(id: "Country:japan") { id ... on Country { name iso3 region kind } } }""")
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo("Country:japan")
			.path("node.iso3")
			.entity(String.class)
			.isEqualTo("JPN")
			.path("node.region")
			.entity(String.class)
			.isEqualTo("Asia")
			.path("node.kind")
			.entity(String.class)
			.isEqualTo("COUNTRY");
	}

	@Test
	void unknownOrMalformedIdsGiveNull() {
		this.graphQl.document("""
				{ a: node(id: "Country:atlantis") { id } b: node(id: "nonsense") { id }
				  c: node(id: "Pipeline:japan") { id } nodes(ids: ["Country:india", "x"]) { id } }""")
			.execute()
			.path("a")
			.valueIsNull()
			.path("b")
			.valueIsNull()
			.path("c")
			.valueIsNull()
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo("Country:india")
			.path("nodes[1]")
			.valueIsNull();
	}

	@Test
	void listsRelationsWithEvidence() {
		this.graphQl.document(
				"""
						{ node(id: "Country:japan") { ... on Country { relations { type kind direction other { id } evidence { revision quote } } } } }""")
			.execute()
			.path("node.relations")
			.entityList(Object.class)
			.satisfies((relations) -> assertThat(relations).isNotNull());
	}

}
