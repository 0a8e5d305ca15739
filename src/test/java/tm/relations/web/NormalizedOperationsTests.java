package tm.relations.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of normalised operations: an operation sent again with the same variables is
 * not built again, other variables or another parse of the same text are, and the bounds
 * hold. (That the service's requests go through it, with the right answers for differing
 * variables, is shown by {@code NormalizedOperationsServiceTests}.)
 */
class NormalizedOperationsTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { a(x: Int): Int b: Int c: Int d: Int }"),
			RuntimeWiring.MOCKED_WIRING);

	private final AtomicInteger built = new AtomicInteger();

	@Test
	void anOperationSentAgainWithTheSameVariablesIsBuiltOnce() {
		NormalizedOperations operations = new NormalizedOperations(10, 1000);
		OperationDefinition query = operation("query ($x: Int) { a(x: $x) b }");
		ExecutableNormalizedOperation first = operations.of(query, Map.of("x", 1), build(query, Map.of("x", 1)));
		ExecutableNormalizedOperation again = operations.of(query, Map.of("x", 1), build(query, Map.of("x", 1)));
		assertThat(again).isSameAs(first);
		assertThat(this.built).hasValue(1);

		ExecutableNormalizedOperation other = operations.of(query, Map.of("x", 2), build(query, Map.of("x", 2)));
		assertThat(other).isNotSameAs(first);
		assertThat(other.getTopLevelFields().get(0).getResolvedArguments()).containsEntry("x", 2);
		assertThat(this.built).as("other variables, another operation").hasValue(2);

		OperationDefinition reparsed = operation("query ($x: Int) { a(x: $x) b }");
		operations.of(reparsed, Map.of("x", 1), build(reparsed, Map.of("x", 1)));
		assertThat(this.built).as("another parse of the same text: its fields are other nodes").hasValue(3);
		assertThat(operations.size()).isEqualTo(3);
	}

	@Test
	void dropsTheLeastRecentlyUsedOperationsBeyondItsBounds() {
		NormalizedOperations byCount = new NormalizedOperations(2, 1000);
		OperationDefinition a = operation("{ a }");
		OperationDefinition b = operation("{ b }");
		OperationDefinition c = operation("{ c }");
		use(byCount, a);
		use(byCount, b);
		use(byCount, a);
		use(byCount, c);
		assertThat(byCount.size()).isEqualTo(2);
		use(byCount, a);
		assertThat(this.built).as("{ a } was used last, { b } went first").hasValue(3);

		this.built.set(0);
		NormalizedOperations byFields = new NormalizedOperations(100, 8);
		OperationDefinition two = operation("{ a b }");
		OperationDefinition three = operation("{ a b c }");
		OperationDefinition otherTwo = operation("{ c d }");
		use(byFields, two);
		use(byFields, otherTwo);
		assertThat(byFields.size()).as("two operations of two fields, at most 8 fields kept").isEqualTo(2);
		use(byFields, three);
		use(byFields, three);
		assertThat(byFields.size()).as("three fields are over a quarter of the bound: not kept").isEqualTo(2);
		assertThat(this.built).hasValue(4);
		use(byFields, operation("{ b c }"));
		use(byFields, operation("{ b d }"));
		assertThat(byFields.size()).as("four of two fields: 8 fields").isEqualTo(4);
		use(byFields, operation("{ a d }"));
		assertThat(byFields.size()).isEqualTo(4);
		use(byFields, two);
		assertThat(this.built).as("the first went when the fifth came").hasValue(8);
	}

	/** Asks for an operation without variables, built from its own definition. */
	private void use(NormalizedOperations operations, OperationDefinition operation) {
		operations.of(operation, Map.of(), build(operation, Map.of()));
	}

	private Supplier<ExecutableNormalizedOperation> build(OperationDefinition operation,
			Map<String, Object> variables) {
		return () -> {
			this.built.incrementAndGet();
			return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(SCHEMA,
					Document.newDocument().definition(operation).build(), null, RawVariables.of(variables));
		};
	}

	private static OperationDefinition operation(String document) {
		return Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).get(0);
	}

}
