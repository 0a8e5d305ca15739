package tm.relations.web;

import java.util.Map;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * graphql-java's normalised operation of a request (the fields as they will execute, with
 * fragments, aliases, {@code @skip}/{@code @include}, variables and argument defaults
 * resolved), kept for the requests sent again and again: a front end sends the same few
 * documents with the same few variables, and building the operation took 8 % of the
 * execution samples outside Neo4j for the nested country question (docs/performance.md,
 * sixth round). The cost check of {@link QueryLimitsInstrumentation} and the data
 * fetchers reading their selection ({@link NormalizedSelection}) share it, so it is built
 * at most once per request, and not at all for a request seen before.
 * <p>
 * graphql-java builds the operation once per request and offers no way to hand it one
 * built before, hence this cache of our own. The key is the operation definition itself,
 * by identity, and the coerced variables: a normalised field is found again by the very
 * {@code Field} nodes of its document, so an operation built for one parse of a text
 * cannot serve another parse of it. {@link ParsedDocumentCache} hands out one parse per
 * text, so a document sent again finds its operations; one it does not keep gets a new
 * parse each time and never a hit. The schema and graphql-java's options, the rest of
 * what the operation depends on, are fixed for the life of the process. The cache is
 * bounded by the number of operations and by their total number of fields, least recently
 * used going first. The operations are only read once built (nothing here or in
 * graphql-java changes them), so requests on several threads may share one.
 */
public class NormalizedOperations {

	private static final String OPERATION = NormalizedOperations.class.getName() + ".operation";

	private final long maxFields;

	private final BoundedStore<Key, ExecutableNormalizedOperation> entries;

	public NormalizedOperations(int maxEntries, long maxFields) {
		this.maxFields = maxFields;
		this.entries = new BoundedStore<>(maxEntries, maxFields);
	}

	/**
	 * The normalised operation of a request: the one this request already uses, one kept
	 * from an earlier request with the same operation and variables, or a new one.
	 * @param context the request's execution context
	 * @return the operation
	 */
	public ExecutableNormalizedOperation of(ExecutionContext context) {
		GraphQLContext request = context.getGraphQLContext();
		ExecutableNormalizedOperation operation = used(request);
		if (operation == null) {
			operation = of(context.getOperationDefinition(), context.getCoercedVariables().toMap(),
					context.getNormalizedQueryTree());
			request.put(OPERATION, operation);
		}
		return operation;
	}

	/**
	 * The normalised operation a request uses, once {@link #of(ExecutionContext)} has
	 * given it one.
	 * @param request the request's GraphQL context
	 * @return the operation, null when none was asked for yet
	 */
	static ExecutableNormalizedOperation used(GraphQLContext request) {
		return request.get(OPERATION);
	}

	/**
	 * The operation kept for this definition and these variables, or the one built now
	 * (and kept).
	 */
	ExecutableNormalizedOperation of(OperationDefinition definition, Map<String, Object> variables,
			Supplier<ExecutableNormalizedOperation> build) {
		Key key = new Key(definition, variables);
		ExecutableNormalizedOperation operation = this.entries.get(key);
		if (operation == null) {
			operation = build.get();
			if (operation.getOperationFieldCount() <= this.maxFields / 4) {
				this.entries.put(key, operation, operation.getOperationFieldCount());
			}
		}
		return operation;
	}

	/**
	 * How many operations were built since the start, kept or not: one for every lookup
	 * that found none kept.
	 */
	long built() {
		return this.entries.misses();
	}

	/** How many operations are kept now. */
	int size() {
		return this.entries.entries();
	}

	/** The cache's meters, {@code cache=graphql.operations}. */
	MeterBinder metrics() {
		return this.entries.metrics("graphql.operations");
	}

	/**
	 * An operation of a parsed document and the variables it runs with. Records compare
	 * their components with {@code equals}: {@code OperationDefinition} does not override
	 * it, so the operation compares by identity, the variables (maps, lists, strings and
	 * numbers) by value.
	 */
	private record Key(OperationDefinition operation, Map<String, Object> variables) {
	}

}
