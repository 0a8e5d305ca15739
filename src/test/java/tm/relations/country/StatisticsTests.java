package tm.relations.country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTests extends GraphApiTestSupport {

	/** Countries keeping a present embassy in Ashgabat, counted directly in the graph. */
	private static final String EMBASSIES_IN_ASHGABAT = """
			MATCH (tkm:Country {id: 'turkmenistan'})
			MATCH (c:Country)-[:MAINTAINS]->(m:Mission {missionKind: 'EMBASSY', present: true})
			WHERE c <> tkm AND (EXISTS { (m)-[:MISSION_IN]->(:City {id: 'ashgabat'}) }
			                    OR (m.inCapital AND EXISTS { (m)-[:ACCREDITED_TO]->(tkm) }))
			RETURN count(DISTINCT c) AS n""";

	@Test
	void countsCounterpartsWithEmbassyInAshgabatAsADirectCypherCountDoes() {
		int direct = count(EMBASSIES_IN_ASHGABAT);
		assertThat(direct).isGreaterThanOrEqualTo(9);
		this.graphQl.document("""
				{ statistics { counterpartsWithEmbassyInAshgabat }
				  counterparts(filter: {hasEmbassyInAshgabat: true}) { totalCount edges { node { name } } } }""")
			.execute()
			.path("statistics.counterpartsWithEmbassyInAshgabat")
			.entity(Integer.class)
			.isEqualTo(direct)
			.path("counterparts.totalCount")
			.entity(Integer.class)
			.isEqualTo(direct)
			.path("counterparts.edges[*].node.name")
			.entityList(String.class)
			.contains("Japan", "Qatar", "Iran", "Germany")
			.doesNotContain("Libya", "Holy See", "Switzerland");
	}

	@Test
	void countsMissionsByKindAsADirectCypherCountDoes() {
		Map<String, Integer> direct = new HashMap<>();
		try (var session = this.driver.session()) {
			session.executeRead((tx) -> tx.run("""
					MATCH (m:Mission) WHERE m.present
					RETURN m.missionKind AS kind, count(*) AS n""").list())
				.forEach((row) -> direct.put(row.get("kind").asString(), row.get("n").asInt()));
		}
		List<Map<String, Object>> byKind = this.graphQl.document("""
				{ statistics { missionsByKind { kind count absent inAshgabat } } }""")
			.execute()
			.path("statistics.missionsByKind")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, Integer> answered = new HashMap<>();
		byKind.forEach((row) -> answered.put((String) row.get("kind"), (Integer) row.get("count")));
		assertThat(answered).containsAllEntriesOf(direct);
		assertThat(byKind).anySatisfy((row) -> {
			assertThat(row).containsEntry("kind", "EMBASSY");
			assertThat((Integer) row.get("absent")).isEqualTo(1);
		});
		assertThat(byKind).anySatisfy((row) -> assertThat(row).containsEntry("kind", "ECONOMIC_OFFICE")
			.containsEntry("count", 1)
			.containsEntry("inAshgabat", 1));
	}

	@Test
	void countsCounterpartsAndRelationsByDecade() {
		int counterparts = this.graphQl.document("{ counterparts(first: 1) { totalCount } }")
			.execute()
			.path("counterparts.totalCount")
			.entity(Integer.class)
			.get();
		this.graphQl.document("""
				{ statistics { counterparts counterpartsWithDiplomaticRelations memberships
				               relationsEstablishedByDecade { decade count } counterpartsByRegion { region count }
				               factsByRevision { revision count } } }""")
			.execute()
			.path("statistics.counterparts")
			.entity(Integer.class)
			.isEqualTo(counterparts)
			.path("statistics.relationsEstablishedByDecade[*].decade")
			.entityList(String.class)
			.containsExactly("1990s")
			.path("statistics.relationsEstablishedByDecade[0].count")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("statistics.memberships")
			.entity(Integer.class)
			.isEqualTo(12)
			.path("statistics.factsByRevision[*].revision")
			.entityList(String.class)
			.containsExactly("R000", "R001", "R002");
	}

	@Test
	void countsUnnamedCounterpartsAndTheirDecadesWhenAsked() {
		this.graphQl.document("""
				{ statistics(includePlaceholders: true) { counterparts unnamedCounterparts
				                                          relationsEstablishedByDecade { decade count } } }""")
			.execute()
			.path("statistics.unnamedCounterparts")
			.entity(Integer.class)
			.isEqualTo(14)
			.path("statistics.relationsEstablishedByDecade[*].decade")
			.entityList(String.class)
			.containsExactly("1990s", "2010s");
	}

	@Test
	void countsOnlyWhatTheOldestRevisionStates() {
		this.graphQl.document("""
				{ statistics(asOf: R000) { asOf memberships factsByRevision { revision count } } }""")
			.execute()
			.path("statistics.asOf")
			.entity(String.class)
			.isEqualTo("R000")
			.path("statistics.memberships")
			.entity(Integer.class)
			.isEqualTo(11)
			.path("statistics.factsByRevision[*].revision")
			.entityList(String.class)
			.containsExactly("R000");
	}

	private int count(String cypher) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get("n").asInt());
		}
	}

}
