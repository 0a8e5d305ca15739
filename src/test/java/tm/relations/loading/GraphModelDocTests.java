package tm.relations.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model document and the loaded graph agree: every relationship type of the graph is
 * documented, and every documented type exists in the graph with provenance.
 */
class GraphModelDocTests extends GraphApiTestSupport {

	private static final Pattern TABLE_ROW_TYPES = Pattern.compile("^\\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \\|");

	private static Set<String> documentedTypes() throws IOException {
		Set<String> types = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("docs/graph-model.md"))) {
			Matcher matcher = TABLE_ROW_TYPES.matcher(line);
			if (matcher.find()) {
				for (String type : matcher.group(1).split(", ")) {
					types.add(type.replace("`", ""));
				}
			}
		}
		return types;
	}

	private Set<String> typesInGraph(String where) {
		try (Session session = this.driver.session()) {
			List<String> types = session
				.executeRead((tx) -> tx.run("MATCH ()-[r]->() WHERE " + where + " RETURN DISTINCT type(r) AS type")
					.list((r) -> r.get("type").asString()));
			return new TreeSet<>(types);
		}
	}

	@Test
	void everyRelationshipTypeInTheGraphIsDocumented() throws IOException {
		assertThat(documentedTypes()).containsAll(typesInGraph("true"));
	}

	@Test
	void everyDocumentedRelationshipTypeExistsWithProvenance() throws IOException {
		assertThat(typesInGraph("r.revisions IS NOT NULL AND size(r.quotes) > 0")).containsAll(documentedTypes());
	}

	@Test
	void everyRelationshipTypeInTheGraphHasALinkKind() {
		assertThat(tm.relations.node.LinkKind.typesOf(List.of())).containsAll(typesInGraph("r.revisions IS NOT NULL"));
	}

	@Test
	void theDocumentedLinkKindOfEachTypeIsTheOneTheApiFiltersOn() throws IOException {
		Pattern row = Pattern
			.compile("^\\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \\|[^|]*\\| ([A-Z]+(?: or [A-Z]+)*|\\(attribute\\)) \\|");
		int checked = 0;
		for (String line : Files.readAllLines(Path.of("docs/graph-model.md"))) {
			Matcher matcher = row.matcher(line);
			if (!matcher.find() || matcher.group(2).startsWith("(")) {
				continue;
			}
			for (String type : matcher.group(1).split(", ")) {
				for (String kind : matcher.group(2).split(" or ")) {
					assertThat(tm.relations.node.LinkKind.typesOf(List.of(tm.relations.node.LinkKind.valueOf(kind))))
						.as("%s is of link kind %s", type, kind)
						.contains(type.replace("`", ""));
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(40);
	}

}
