package tm.relations.web;

import java.util.ArrayList;
import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.stereotype.Component;

/**
 * What a request asks for below a data fetcher's field, read from graphql-java's
 * normalised operation: the fields as they will execute, with fragments, aliases,
 * {@code @skip}/{@code @include} and argument defaults resolved. The operation comes from
 * {@link NormalizedOperations}, which builds it once per request, or not at all for a
 * request seen before (the cost check of {@link QueryLimitsInstrumentation} asks for it
 * before execution); this instrumentation has it in the request's GraphQL context before
 * execution, where the data fetchers find it.
 * <p>
 * Why not {@code DataFetchingFieldSelectionSet}, graphql-java's public view of the same
 * tree: its first use computes a qualified name, a type-qualified name and the arguments
 * of every field of the whole subtree (for the nested country question about a hundred
 * fields), 8 % of the execution samples outside Neo4j for that question in a profile
 * (docs/performance.md, fifth round), where {@code country} looks for a few named paths.
 * Here a path is followed through the children by name.
 */
@Component
public class NormalizedSelection extends SimplePerformantInstrumentation {

	private final NormalizedOperations operations;

	NormalizedSelection(NormalizedOperations operations) {
		this.operations = operations;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		// Before execution, like the cost check: whichever runs first builds or finds it.
		this.operations.of(parameters.getExecutionContext());
		return null;
	}

	/**
	 * The normalised field of the data fetcher being run.
	 * @param environment the data fetcher's environment
	 * @return its field
	 * @throws IllegalStateException when this instrumentation did not run for the request
	 */
	public static ExecutableNormalizedField of(DataFetchingEnvironment environment) {
		ExecutableNormalizedOperation operation = NormalizedOperations.used(environment.getGraphQlContext());
		if (operation == null) {
			throw new IllegalStateException("NormalizedSelection is not registered as an instrumentation");
		}
		return operation.getNormalizedField(environment.getMergedField(),
				environment.getExecutionStepInfo().getObjectType(), environment.getExecutionStepInfo().getPath());
	}

	/**
	 * The fields at a path of field names below a field, as
	 * {@code DataFetchingFieldSelectionSet} names them ({@code edges/node/missions}:
	 * names, not aliases); a field asked under several aliases appears once per alias.
	 * @param field a normalised field
	 * @param path field names separated by {@code /}
	 * @return the fields there, empty when the request asks for none
	 */
	public static List<ExecutableNormalizedField> below(ExecutableNormalizedField field, String path) {
		List<ExecutableNormalizedField> level = List.of(field);
		for (String name : path.split("/")) {
			List<ExecutableNormalizedField> next = new ArrayList<>();
			for (ExecutableNormalizedField parent : level) {
				for (ExecutableNormalizedField child : parent.getChildren()) {
					if (child.getName().equals(name)) {
						next.add(child);
					}
				}
			}
			level = next;
		}
		return level;
	}

}
