package tm.relations.web;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps the feature exceptions to GraphQL errors with an
 * {@code extensions.classification}. Anything else falls through to
 * {@link UnexpectedErrorResolver}, which logs it with the request id and answers
 * {@code SERVICE_UNAVAILABLE}, {@code TIMEOUT} or {@code INTERNAL_ERROR} with a clean
 * message, so no Cypher or driver text reaches a client.
 */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException exception, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(exception.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException exception, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.NOT_FOUND)
			.message(exception.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

}
