package tm.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

import tm.relations.warmup.ExampleDocument;

/**
 * An example query of {@code graphql/examples/} (one per PRODUCT question), with the
 * variables of its leading {@code # variables: {...}} comment line.
 *
 * @param name the file name, e.g. {@code q06-search.graphql}
 * @param document the whole file, comments included (GraphQL ignores them)
 * @param variables the variables of the leading comment, empty when there is none
 */
public record ExampleQuery(String name, String document, Map<String, Object> variables) {

	/** Reads an example from the classpath copy of {@code graphql/examples/}. */
	public static ExampleQuery load(String name) {
		try (InputStream in = ExampleQuery.class.getResourceAsStream("/graphql-examples/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No example " + name + " in graphql/examples/");
			}
			ExampleDocument example = ExampleDocument.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return new ExampleQuery(name, example.document(), example.variables());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs the example with its variables. */
	public GraphQlTester.Response execute(GraphQlTester graphQl) {
		GraphQlTester.Request<?> request = graphQl.document(this.document);
		this.variables.forEach(request::variable);
		return request.execute();
	}

}
