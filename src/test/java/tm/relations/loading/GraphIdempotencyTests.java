package tm.relations.loading;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running every load script a second time leaves the same graph: same nodes,
 * relationships and property values.
 */
class GraphIdempotencyTests extends GraphApiTestSupport {

	@Autowired
	GraphLoader loader;

	@Test
	void applyingTheScriptsTwiceYieldsTheSameGraph() {
		List<Map<String, Object>> before = snapshot();
		try (Session session = this.driver.session()) {
			for (CypherScript script : this.loader.scripts()
				.stream()
				.sorted((a, b) -> a.name().compareTo(b.name()))
				.filter((s) -> !s.repeatable())
				.toList()) {
				session.executeWriteWithoutResult((tx) -> script.statements().forEach((s) -> tx.run(s).consume()));
			}
			for (CypherScript script : this.loader.scripts().stream().filter(CypherScript::repeatable).toList()) {
				session.executeWriteWithoutResult((tx) -> script.statements().forEach((s) -> tx.run(s).consume()));
			}
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private List<Map<String, Object>> snapshot() {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
					OPTIONAL MATCH (n)-[r]->(m)
					WITH n, r, m ORDER BY coalesce(n.id, n.key), type(r), coalesce(r.key, ''), coalesce(m.id, m.key)
					RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS relationship,
					       coalesce(m.id, m.key) AS target""").list(Record::asMap));
		}
	}

}
