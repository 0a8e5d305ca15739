package tm.relations.warmup;

import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL document of {@code graphql/examples/} with the variables of its leading
 * {@code # variables: {...}} comment line: the convention of the example files, read in
 * one place for the warm-up and the tests.
 *
 * @param document the whole text, comments included (GraphQL ignores them)
 * @param variables the variables of the leading comment, empty when there is none
 */
public record ExampleDocument(String document, Map<String, Object> variables) {

	private static final String VARIABLES = "# variables:";

	/** The document and the variables of its leading comment line. */
	public static ExampleDocument of(String document) {
		String firstLine = document.lines().findFirst().orElse("").strip();
		Map<String, Object> variables = firstLine.startsWith(VARIABLES) ? JsonMapper.shared()
			.readValue(firstLine.substring(VARIABLES.length()), new TypeReference<Map<String, Object>>() {
			}) : Map.of();
		return new ExampleDocument(document, variables);
	}

}
