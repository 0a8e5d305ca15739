package tm.relations.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses requests over the {@code graph.limits.*} limits before they run.
 * <p>
 * One instrumentation of our own rather than graphql-java's
 * {@code MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation}:
 * those answer with the classification {@code ExecutionAborted} and terse messages, they
 * count introspection (so GraphiQL's schema query would trip the depth limit), they know
 * nothing of aliases or field counts, and they run only after validation, whose cost
 * grows with the size of the document. Here:
 * <ul>
 * <li>before validation, one linear pass over the document (fragment sizes memoised, so a
 * chain of fragments spreading each other several times cannot blow it up) checks depth,
 * fields and aliases; validation never sees an oversized document;</li>
 * <li>after validation, the cost is computed on graphql-java's normalised operation (the
 * fields as they will execute, argument values and defaults resolved), weighing what is
 * below a list by its expected length: the requested {@code first} or its default, the
 * requested {@code limit} of a bounded part of a list, the length of a list argument such
 * as {@code nodes(ids:)}, or {@code graph.limits.assumed-list-size};</li>
 * <li>while the answer is built, graphql-java counts its values and stops resolving
 * fields past {@code graph.limits.max-answer-values} (its own {@code MAX_RESULT_NODES}
 * limit); such an answer is replaced by the refusal, so that no client takes a truncated
 * answer for a whole one;</li>
 * <li>every refusal is a GraphQL error classified {@code QUERY_TOO_COMPLEX} naming the
 * limit, its property and the value found.</li>
 * </ul>
 * Introspection ({@code __schema}, {@code __type}) is left to graphql-java's good-faith
 * introspection checks, which bound it on their own.
 */
public class QueryLimitsInstrumentation implements Instrumentation {

	private static final Logger log = LoggerFactory.getLogger(QueryLimitsInstrumentation.class);

	/** The largest page any field serves; larger {@code first} values are refused. */
	private static final int MAX_PAGE = Pagination.MAX_FIRST;

	private static final long CAP = 1_000_000_000_000L;

	private final GraphLimitsProperties limits;

	private final NormalizedOperations operations;

	public QueryLimitsInstrumentation(GraphLimitsProperties limits, NormalizedOperations operations) {
		this.limits = limits;
		this.operations = operations;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		input.getGraphQLContext().put(ResultNodesInfo.MAX_RESULT_NODES, this.limits.maxAnswerValues());
		return input;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		ResultNodesInfo values = parameters.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
		if (values == null || !values.isMaxResultNodesExceeded()) {
			return CompletableFuture.completedFuture(result);
		}
		String message = "The answer is too large: it would hold more than " + this.limits.maxAnswerValues()
				+ " values (graph.limits.max-answer-values), counting every field of every object and every list "
				+ "item. Nested lists multiply: ask for fewer levels of them, smaller pages, or page the long "
				+ "lists (connections such as counterparts or energyPartnersConnection).";
		log.debug("Refused: {}", message);
		return CompletableFuture.completedFuture(refusal(message).toExecutionResult());
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		checkShape(parameters.getDocument());
		return null;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		// Again here: a document taken from a cache of parsed documents skips validation.
		checkShape(parameters.getExecutionContext().getDocument());
		long cost = cost(this.operations.of(parameters.getExecutionContext()),
				parameters.getExecutionContext().getGraphQLSchema());
		if (cost > this.limits.maxCost()) {
			throw refusal("The query is too expensive: its estimated cost is " + cost + ", the limit is "
					+ this.limits.maxCost() + " (graph.limits.max-cost). Every field costs 1, and the fields below "
					+ "a list count once per expected item (its 'first' argument or default). "
					+ "Ask for smaller pages or fewer nested lists.");
		}
		return null;
	}

	private void checkShape(Document document) {
		Shape shape = shape(document);
		if (shape.depth() > this.limits.maxDepth()) {
			throw refusal("The query is too deep: it nests fields " + shape.depth() + " levels deep, the limit is "
					+ this.limits.maxDepth() + " (graph.limits.max-depth).");
		}
		if (shape.fields() > this.limits.maxFields()) {
			throw refusal("The query has too many fields: " + shape.fields() + " (each fragment counted every time "
					+ "it is spread), the limit is " + this.limits.maxFields() + " (graph.limits.max-fields).");
		}
		if (shape.aliases() > this.limits.maxAliases()) {
			throw refusal("The query uses too many aliases: " + shape.aliases() + ", the limit is "
					+ this.limits.maxAliases() + " (graph.limits.max-aliases).");
		}
	}

	/**
	 * Depth, field and alias counts of a document: the largest of its operations, with
	 * fragments expanded and introspection left out.
	 */
	static Shape shape(Document document) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.putIfAbsent(fragment.getName(), fragment);
		}
		Shapes shapes = new Shapes(fragments);
		Shape largest = new Shape(0, 0, 0);
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			Shape shape = shapes.of(operation.getSelectionSet(), new HashSet<>());
			largest = new Shape(Math.max(largest.depth(), shape.depth()), Math.max(largest.fields(), shape.fields()),
					Math.max(largest.aliases(), shape.aliases()));
		}
		return largest;
	}

	/**
	 * The estimated cost of an operation (see {@link GraphLimitsProperties#maxCost()}).
	 */
	long cost(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
		long cost = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			cost = add(cost, cost(field, schema, false));
		}
		return cost;
	}

	private long cost(ExecutableNormalizedField field, GraphQLSchema schema, boolean inConnection) {
		String name = field.getFieldName();
		if (name.equals("__schema") || name.equals("__type")) {
			return 0;
		}
		if (field.getChildren().isEmpty()) {
			return 1;
		}
		List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
		GraphQLFieldDefinition definition = definitions.isEmpty() ? null : definitions.get(0);
		boolean paged = definition != null && definition.getArgument("first") != null;
		long multiplier = 1;
		if (paged) {
			multiplier = pageSize(field.getResolvedArguments().get("first"));
		}
		else if (definition != null && GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList
				&& !inConnection) {
			// (the edges of a connection are the page already weighed at the connection)
			multiplier = this.limits.assumedListSize();
			for (Object value : field.getResolvedArguments().values()) {
				if (value instanceof List<?> list) {
					multiplier = Math.max(multiplier, list.size());
				}
			}
			if (definition.getArgument("limit") != null
					&& field.getResolvedArguments().get("limit") instanceof Number limit) {
				// A bounded part of a list (revisionDiff's added(limit:)): at most that
				// many, as asked; out of range is refused by the field itself.
				multiplier = Math.max(1, Math.min(MAX_PAGE, limit.longValue()));
			}
		}
		// Children that apply to different object types (fragments on the types of an
		// interface) never all apply to one object: count the costliest type.
		boolean connection = definition != null
				&& GraphQLTypeUtil.unwrapAll(definition.getType()).getName().endsWith("Connection");
		Map<String, Long> perType = new HashMap<>();
		for (ExecutableNormalizedField child : field.getChildren()) {
			long childCost = cost(child, schema, connection);
			for (String type : child.getObjectTypeNames()) {
				perType.merge(type, childCost, QueryLimitsInstrumentation::add);
			}
		}
		long children = perType.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return add(1, multiply(multiplier, children));
	}

	private static long pageSize(Object first) {
		if (first instanceof Number number) {
			// Out of range is refused by the field itself: never more than a full page.
			return Math.max(1, Math.min(MAX_PAGE, number.longValue()));
		}
		return 20;
	}

	private static long add(long a, long b) {
		return Math.min(CAP, a + b);
	}

	private static long multiply(long a, long b) {
		return (a != 0 && b > CAP / a) ? CAP : Math.min(CAP, a * b);
	}

	private static AbortExecutionException refusal(String message) {
		log.debug("Refused: {}", message);
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ApiErrorType.QUERY_TOO_COMPLEX)
			.build();
		return new AbortExecutionException(List.of(error));
	}

	/**
	 * Sizes of a selection set with fragments expanded.
	 *
	 * @param depth deepest nesting of fields
	 * @param fields field selections
	 * @param aliases aliased fields
	 */
	record Shape(long depth, long fields, long aliases) {

		Shape plus(Shape other) {
			return new Shape(Math.max(this.depth, other.depth), add(this.fields, other.fields),
					add(this.aliases, other.aliases));
		}

	}

	/** Computes shapes, each fragment once. */
	private static final class Shapes {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Shape> memo = new HashMap<>();

		Shapes(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		Shape of(SelectionSet selectionSet, Set<String> visiting) {
			Shape shape = new Shape(0, 0, 0);
			if (selectionSet == null) {
				return shape;
			}
			for (Selection<?> selection : selectionSet.getSelections()) {
				shape = shape.plus(of(selection, visiting));
			}
			return shape;
		}

		private Shape of(Selection<?> selection, Set<String> visiting) {
			if (selection instanceof Field field) {
				if (field.getName().equals("__schema") || field.getName().equals("__type")) {
					return new Shape(1, 1, (field.getAlias() != null) ? 1 : 0);
				}
				Shape below = of(field.getSelectionSet(), visiting);
				return new Shape(below.depth() + 1, add(below.fields(), 1),
						add(below.aliases(), (field.getAlias() != null) ? 1 : 0));
			}
			if (selection instanceof InlineFragment inline) {
				return of(inline.getSelectionSet(), visiting);
			}
			if (selection instanceof FragmentSpread spread) {
				return fragment(spread.getName(), visiting);
			}
			return new Shape(0, 0, 0);
		}

		private Shape fragment(String name, Set<String> visiting) {
			Shape known = this.memo.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !visiting.add(name)) {
				// Unknown or cyclic: validation reports it.
				return new Shape(0, 0, 0);
			}
			Shape shape = of(definition.getSelectionSet(), visiting);
			visiting.remove(name);
			this.memo.put(name, shape);
			return shape;
		}

	}

}
