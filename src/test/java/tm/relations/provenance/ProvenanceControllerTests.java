package tm.relations.provenance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.execution.ErrorType;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceControllerTests extends GraphApiTestSupport {

	private static final String PROVENANCE = """
			query ($id: ID!) {
			  provenance(id: $id) {
			    id type factKey current dubious dubiousReason revisions
			    evidence { revision quote current basis dubious }
			    nodes { id }
			  }
			}""";

	@Test
	void givesTheRevisionsAndSentencesOfARelation() {
		Map<String, Object> provenance = provenance("Relation:gas.main-buyer.china");
		assertThat(provenance).containsEntry("id", "Relation:gas.main-buyer.china")
			.containsEntry("type", "EXPORTS_GAS_TO")
			.containsEntry("factKey", "gas.main-buyer")
			.containsEntry("current", true)
			.containsEntry("dubious", false)
			.containsEntry("revisions", List.of("R001", "R002"));
		assertThat(list(provenance, "evidence")).extracting((evidence) -> evidence.get("quote"))
			.containsOnly("Turkmenistan is rich in natural gas, and currently sells most of its gas to China.")
			.hasSize(2);
		assertThat(list(provenance, "nodes")).extracting((node) -> node.get("id"))
			.containsExactly("Country:turkmenistan", "Country:china");
	}

	@Test
	void acceptsTheRelationIdsThatEntityRelationsGive() {
		List<Map<String, Object>> relations = this.graphQl.document("""
				{ node(id: "Country:japan") { ... on Entity { relations { id evidence { revision quote } } } } }""")
			.execute()
			.path("node.relations")
			.entityList(Map.class)
			.get()
			.stream()
			.map((relation) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> typed = relation;
				return typed;
			})
			.toList();
		assertThat(relations).isNotEmpty();
		for (Map<String, Object> relation : relations) {
			Map<String, Object> provenance = provenance((String) relation.get("id"));
			assertThat(provenance).as((String) relation.get("id")).isNotNull();
			assertThat(list(provenance, "evidence")).extracting((evidence) -> evidence.get("quote"))
				.containsExactlyElementsOf(list(relation, "evidence").stream().map((e) -> e.get("quote")).toList());
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void givesTheSentencesThatMentionAnEntity() {
		Map<String, Object> japan = provenance("Country:japan");
		assertThat(japan).containsEntry("type", "Country").containsEntry("current", true);
		assertThat(japan.get("factKey")).isNull();
		assertThat((List<Object>) japan.get("revisions")).contains("R000", "R002");
		assertThat(list(japan, "evidence")).isNotEmpty()
			.allSatisfy((evidence) -> assertThat((String) evidence.get("quote")).contains("Japan"));
		assertThat(list(japan, "nodes")).extracting((node) -> node.get("id")).containsExactly("Country:japan");
	}

	@Test
	void givesTheEvidenceOfAFactNodeNoLongerCurrent() {
		Map<String, Object> dousti = provenance("NameStatement:name.dostluk-dam.dousti");
		assertThat(dousti).containsEntry("type", "NameStatement")
			.containsEntry("factKey", "dostluk-dam.name")
			.containsEntry("current", false)
			.containsEntry("revisions", List.of("R000"));
		assertThat(list(dousti, "evidence")).singleElement()
			.satisfies((evidence) -> assertThat((String) evidence.get("quote"))
				.contains("Dousti (Friendship in Persian) Dam"));
	}

	@Test
	void flagsDubiousStatementsWithTheirReason() {
		Map<String, Object> warmWater = provenance("Relation:warm-water.pakistan");
		assertThat(warmWater).containsEntry("dubious", true).containsEntry("type", "SUPPLIES_WARM_WATER_TO");
		assertThat((String) warmWater.get("dubiousReason")).isNotBlank();
		assertThat(list(warmWater, "evidence")).singleElement()
			.satisfies((evidence) -> assertThat(evidence).containsEntry("dubious", true)
				.containsEntry("quote", "Pakistan provides Turkmenistan warm water as well as Iran and Russia."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Country:atlantis", "Relation:no-such-fact", "Pipeline:japan", "Mission:japan" })
	void givesNullForAnIdOfNothing(String id) {
		this.graphQl.document(PROVENANCE)
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("provenance")
			.valueIsNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nonsense", "Country:", ":japan", "", "Atlantis:japan", "relation:x" })
	void rejectsAMalformedId(String id) {
		this.graphQl.document(PROVENANCE)
			.variable("id", id)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	@Test
	void answersTheExampleQuery() {
		ExampleQuery.load("q10-provenance.graphql")
			.execute(this.graphQl)
			.errors()
			.verify()
			.path("provenance.type")
			.entity(String.class)
			.isEqualTo("EXPORTS_GAS_TO")
			.path("provenance.revisions")
			.entityList(String.class)
			.containsExactly("R001", "R002")
			.path("provenance.nodes[1].name")
			.entity(String.class)
			.isEqualTo("China");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> provenance(String id) {
		return this.graphQl.document(PROVENANCE)
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("provenance")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

}
