package tm.relations.web;

import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.stereotype.Component;

/**
 * Keeps a failed connection field null. Spring for GraphQL adapts the value of every
 * {@code XConnection} field and turns a null value into an empty connection, also when
 * the null comes with an error (a BAD_REQUEST from a {@code @GraphQlExceptionHandler},
 * say): the client then got the error plus a second, confusing one for the
 * {@code totalCount} the empty connection lacks. Wrapping the field's final data fetcher,
 * this drops the stand-in value of a result that carries errors, so the field is null and
 * the response has exactly the one error.
 */
@Component
class ConnectionErrorsInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher() || !isConnection(parameters.getField().getType())) {
			return dataFetcher;
		}
		return (environment) -> {
			Object value = dataFetcher.get(environment);
			if (value instanceof CompletionStage<?> stage) {
				return stage.thenApply(ConnectionErrorsInstrumentation::withoutStandIn);
			}
			return withoutStandIn(value);
		};
	}

	private static boolean isConnection(GraphQLType type) {
		return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object
				&& object.getName().endsWith("Connection");
	}

	private static Object withoutStandIn(Object value) {
		if (value instanceof DataFetcherResult<?> result && !result.getErrors().isEmpty()) {
			return DataFetcherResult.newResult()
				.errors(result.getErrors())
				.localContext(result.getLocalContext())
				.build();
		}
		return value;
	}

}
