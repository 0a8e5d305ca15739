package tm.relations.web;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/**
 * The last exception resolver, after the feature handlers of {@code GraphQlErrors} and
 * any other advice: whatever they leave is logged here with the request id and its full
 * detail, and answered with a clean message, the request id and a classification
 * ({@code SERVICE_UNAVAILABLE}, {@code TIMEOUT} or {@code INTERNAL_ERROR}). It replaces
 * Spring for GraphQL's default "INTERNAL_ERROR for &lt;executionId&gt;".
 */
class UnexpectedErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorResolver.class);

	private final String timeout;

	UnexpectedErrorResolver(String timeout) {
		this.timeout = timeout;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
		String requestId = RequestErrorInterceptor.requestId(environment.getGraphQlContext());
		ErrorClassification classification = Failures.classify(exception);
		logWithRequestId(requestId, classification, exception, environment.getExecutionStepInfo().getPath().toString());
		return GraphqlErrorBuilder.newError(environment)
			.message(Failures.message(classification, requestId, this.timeout))
			.errorType(classification)
			.build();
	}

	static void logWithRequestId(String requestId, ErrorClassification classification, Throwable exception,
			String where) {
		String previous = MDC.get(RequestIdFilter.MDC_KEY);
		MDC.put(RequestIdFilter.MDC_KEY, requestId);
		try {
			if (classification == ErrorType.INTERNAL_ERROR) {
				log.error("Request {} failed at {}: {}", requestId, where, exception.toString(), exception);
			}
			else {
				log.warn("Request {} failed at {} ({}): {}", requestId, where, classification, causes(exception));
			}
		}
		finally {
			if (previous != null) {
				MDC.put(RequestIdFilter.MDC_KEY, previous);
			}
			else {
				MDC.remove(RequestIdFilter.MDC_KEY);
			}
		}
	}

	private static String causes(Throwable exception) {
		StringBuilder text = new StringBuilder();
		int depth = 0;
		for (Throwable t = exception; t != null && depth < 8; t = t.getCause(), depth++) {
			if (depth > 0) {
				text.append(" <- ");
			}
			text.append(t);
		}
		return text.toString();
	}

}
