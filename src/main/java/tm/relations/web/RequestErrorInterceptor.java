package tm.relations.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ExecutionId;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The outermost interceptor of every GraphQL request:
 * <ul>
 * <li>hands the request id of {@link RequestIdFilter} to the execution (as its execution
 * id and in the GraphQL context, where {@link UnexpectedErrorResolver} finds it);</li>
 * <li>sets the parser's token limit ({@code graph.limits.max-tokens}) and, when
 * {@code spring.graphql.schema.introspection.enabled} is false, refuses introspection for
 * this request (Spring Boot also switches it off JVM-wide);</li>
 * <li>adds {@code extensions.requestId} to every error of the response, gives errors
 * without a classification {@code INTERNAL_ERROR}, replaces the message of any
 * {@code INTERNAL_ERROR} not written by this service with a clean one, and puts
 * graphql-java's syntax-tree values and class names plainly ({@link PlainMessages});</li>
 * <li>answers a request still running after {@code graph.limits.request-timeout} with a
 * {@code TIMEOUT} error, and turns a failure of the whole execution (which Spring would
 * answer with a bare 500) into a GraphQL error, logged with the id.</li>
 * </ul>
 */
class RequestErrorInterceptor implements WebGraphQlInterceptor, Ordered {

	/** Key of the request id in the GraphQL context. */
	static final String REQUEST_ID = RequestErrorInterceptor.class.getName() + ".requestId";

	private final ParserOptions parserOptions;

	private final boolean introspectionEnabled;

	private final String timeout;

	private final Duration requestTimeout;

	RequestErrorInterceptor(GraphLimitsProperties limits, boolean introspectionEnabled, String timeout) {
		this.requestTimeout = limits.requestTimeout();
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens()));
		this.introspectionEnabled = introspectionEnabled;
		this.timeout = timeout;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** The request id of an execution, from its GraphQL context. */
	static String requestId(GraphQLContext context) {
		String id = (context != null) ? context.get(REQUEST_ID) : null;
		return (id != null) ? id : "unknown";
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object attribute = request.getAttributes().get(RequestIdFilter.MDC_KEY);
		String requestId = (attribute instanceof String id) ? id : UUID.randomUUID().toString();
		request.executionId(ExecutionId.from(requestId));
		request.configureExecutionInput((input, builder) -> {
			Map<Object, Object> context = new LinkedHashMap<>();
			context.put(REQUEST_ID, requestId);
			context.put(ParserOptions.class, this.parserOptions);
			if (!this.introspectionEnabled) {
				context.put(Introspection.INTROSPECTION_DISABLED, true);
			}
			return builder.graphQLContext(context).build();
		});
		return chain.next(request)
			.timeout(this.requestTimeout)
			.map((response) -> withRequestId(response, requestId))
			.onErrorResume((ex) -> Mono.just(failed(request, ex, requestId)));
	}

	private WebGraphQlResponse withRequestId(WebGraphQlResponse response, String requestId) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty()) {
			return response;
		}
		List<GraphQLError> rewritten = new ArrayList<>(errors.size());
		for (GraphQLError error : errors) {
			rewritten.add(rewrite(error, requestId));
		}
		return response.transform((builder) -> builder.errors(rewritten));
	}

	private GraphQLError rewrite(GraphQLError error, String requestId) {
		ErrorClassification classification = (error.getErrorType() != null) ? error.getErrorType()
				: ErrorType.INTERNAL_ERROR;
		String message = PlainMessages.plain(error.getMessage());
		if (classification == ErrorType.INTERNAL_ERROR && (message == null || !message.contains(requestId))) {
			message = Failures.message(ErrorType.INTERNAL_ERROR, requestId, this.timeout);
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.remove("classification");
		extensions.put("requestId", requestId);
		return GraphqlErrorBuilder.newError()
			.message((message != null) ? message : "")
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(classification)
			.extensions(extensions)
			.build();
	}

	private WebGraphQlResponse failed(WebGraphQlRequest request, Throwable exception, String requestId) {
		ErrorClassification classification = Failures.classify(exception);
		String limit = this.timeout;
		if (exception instanceof TimeoutException) {
			// Reactor's timeout above: the request as a whole took too long.
			classification = ApiErrorType.TIMEOUT;
			limit = this.requestTimeout.toSeconds() + " s for a request (graph.limits.request-timeout)";
		}
		UnexpectedErrorResolver.logWithRequestId(requestId, classification, exception, "execution");
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(Failures.message(classification, requestId, limit))
			.errorType(classification)
			.extensions(Map.of("requestId", requestId))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
