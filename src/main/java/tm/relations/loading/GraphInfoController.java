package tm.relations.loading;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code graph}: the version of the loaded graph and the scripts recorded in it,
 * read from the graph itself so that every replica reports the same.
 */
@Controller
class GraphInfoController {

	private final Neo4jClient neo4j;

	GraphInfoController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	GraphInfo graph() {
		List<AppliedScript> scripts = List.copyOf(this.neo4j.query("""
				MATCH (m:__Neo4jMigration)
				RETURN m.name AS name, m.checksum AS checksum, toString(m.installedOn) AS installedOn
				ORDER BY m.installedOn, m.name""")
			.fetchAs(AppliedScript.class)
			.mappedBy((types, row) -> new AppliedScript(row.get("name").asString(), row.get("checksum").asString(),
					row.get("installedOn").asString()))
			.all());
		return new GraphInfo(GraphVersion.of(scripts), scripts);
	}

	record GraphInfo(String version, List<AppliedScript> scripts) {
	}

}
