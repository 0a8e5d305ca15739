package tm.relations.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every way a request can name the entities of a kind, read from the graph: key, global
 * id, name, ISO code, acronym and aliases, each as stored, upper-cased, and lower-cased
 * with padding. The lookup tests compare their statements over all of them.
 */
public final class EntityNames {

	private EntityNames() {
	}

	public static List<String> of(Driver driver, String label) {
		List<String> texts = new ArrayList<>();
		try (var session = driver.session()) {
			session.executeRead((tx) -> tx.run("""
					MATCH (n:Entity) WHERE $label IN labels(n)
					RETURN [n.id, $label + ':' + n.id, n.name, n.iso3, n.acronym] + coalesce(n.aliases, []) AS names""",
					Map.of("label", label))
				.list()).forEach((row) -> {
					for (Value name : row.get("names").values()) {
						if (!name.isNull()) {
							String text = name.asString();
							texts.addAll(List.of(text, text.toUpperCase(Locale.ROOT),
									"  " + text.toLowerCase(Locale.ROOT) + " "));
						}
					}
				});
		}
		return texts;
	}

}
