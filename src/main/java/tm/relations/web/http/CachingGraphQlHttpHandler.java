package tm.relations.web.http;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tm.relations.web.RequestIdFilter;

/**
 * Spring for GraphQL's HTTP handler, extended with what HTTP caches need. Every request
 * still goes through the library's handler (body reading, content negotiation, status
 * codes) and the whole {@code WebGraphQlHandler} interceptor chain; this class only adds,
 * around it:
 * <ul>
 * <li><b>GET</b> as the GraphQL over HTTP spec describes it: {@code query},
 * {@code variables} (JSON), {@code operationName} and {@code extensions} (JSON) in the
 * query string, handed to the library as the equivalent JSON body. A mutation or
 * subscription over GET is refused with 405 and {@code Allow: POST} before anything runs;
 * parameters that are not JSON objects get 400;</li>
 * <li>an {@code ETag} for the request from {@link EntityTags}, and a 304 without a body
 * when {@code If-None-Match} names it, without running the query. Only GET (and HEAD,
 * which comes as GET) gets a 304 (RFC 9110 §13.1.2): a POST whose condition fails gets
 * 412, also without running the query, so that a client that sends one still saves the
 * work. {@code If-None-Match: *} matches only an answer without errors (there is no
 * current answer otherwise), so the request runs and only then becomes a 304 or 412; an
 * error answer is sent as it is, with {@code no-store};</li>
 * <li>on the answer: the {@code ETag} and {@code graph.http.cache-control} when it has no
 * errors, {@code Cache-Control: no-store} when it has any, and {@code Vary: Accept}.</li>
 * </ul>
 */
class CachingGraphQlHttpHandler extends GraphQlHttpHandler {

	/** Request attribute holding the tag computed for the request. */
	static final String ETAG_ATTRIBUTE = CachingGraphQlHttpHandler.class.getName() + ".etag";

	/**
	 * Request attribute holding the request method when {@code If-None-Match} is
	 * {@code *}.
	 */
	private static final String ANY_ATTRIBUTE = CachingGraphQlHttpHandler.class.getName() + ".any";

	private static final MediaType APPLICATION_GRAPHQL_LEGACY = new MediaType("application", "graphql+json");

	/** What the library's handler answers with, in its order of preference. */
	private static final List<MediaType> SUPPORTED_MEDIA_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, APPLICATION_GRAPHQL_LEGACY);

	private final EntityTags tags;

	private final PersistedQueries persistedQueries;

	private final String cacheControl;

	private final JsonMapper json;

	private final ParserOptions parserOptions;

	/**
	 * How long a request thread waits for the answer
	 * ({@code spring.mvc.async.request-timeout}).
	 */
	private final Duration timeout;

	CachingGraphQlHttpHandler(WebGraphQlHandler graphQlHandler, EntityTags tags, PersistedQueries persistedQueries,
			String cacheControl, JsonMapper json, int maxTokens, Duration timeout) {
		super(graphQlHandler);
		this.timeout = timeout;
		this.tags = tags;
		this.persistedQueries = persistedQueries;
		this.cacheControl = cacheControl;
		this.json = json;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(maxTokens));
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		Params params;
		ServerRequest replay;
		if (HttpMethod.GET.equals(request.method())) {
			params = fromQueryString(request);
			ServerResponse refusal = refuseUnlessQuery(request, params);
			if (refusal != null) {
				return refusal;
			}
			replay = replay(request, HttpMethod.POST.name(), MediaType.APPLICATION_JSON_VALUE,
					this.json.writeValueAsBytes(params.toBody()));
		}
		else {
			HttpServletRequest servletRequest = request.servletRequest();
			replay = replay(request, servletRequest.getMethod(), servletRequest.getContentType(), bodyOf(request));
			params = fromBody(replay);
		}
		String tag = (params != null) ? tagOf(request, params) : null;
		if (tag != null) {
			request.servletRequest().setAttribute(ETAG_ATTRIBUTE, tag);
			List<String> ifNoneMatch = request.headers().header(HttpHeaders.IF_NONE_MATCH);
			if (EntityTags.matches(ifNoneMatch, tag)) {
				return unchanged(request, tag, request.method());
			}
			if (EntityTags.matchesAny(ifNoneMatch)) {
				// The request method: the library sees a GET as a POST.
				request.servletRequest().setAttribute(ANY_ATTRIBUTE, request.method());
			}
		}
		return super.handleRequest(replay);
	}

	/**
	 * The answer to a request whose {@code If-None-Match} condition fails: 304 without a
	 * body for GET; 412 for POST, with an error saying why.
	 */
	private ServerResponse unchanged(ServerRequest request, String tag, HttpMethod method) {
		if (HttpMethod.GET.equals(method)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.header(HttpHeaders.ETAG, tag)
				.header(HttpHeaders.CACHE_CONTROL, this.cacheControl)
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
				.build();
		}
		return error(request, HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED",
				"If-None-Match matches the current answer (" + tag + "): the request was not run. "
						+ "Only GET is answered 304 Not Modified; a POST is answered 412 (RFC 9110 §13.1.2).")
			.header(HttpHeaders.ETAG, tag)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.build();
	}

	/**
	 * The answer with its cache headers. On a virtual thread (the default,
	 * {@code spring.threads.virtual.enabled}) the request thread waits for the answer
	 * itself: waiting costs a virtual thread nothing, and the library's asynchronous
	 * answer would make the container dispatch the request a second time through every
	 * filter and the dispatcher servlet (about a twelfth of the CPU of a small request in
	 * a profile). On a platform thread the answer stays asynchronous, as the library
	 * makes it.
	 */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		Object tag = request.servletRequest().getAttribute(ETAG_ATTRIBUTE);
		Mono<WebGraphQlResponse> tagged = responseMono
			.map((response) -> withCacheHeaders(response, (tag instanceof String text) ? text : null));
		boolean any = request.servletRequest().getAttribute(ANY_ATTRIBUTE) != null;
		if (!Thread.currentThread().isVirtual()) {
			if (any) {
				return ServerResponse.async(tagged.map((response) -> answer(request, response)).toFuture());
			}
			return super.prepareResponse(request, tagged);
		}
		WebGraphQlResponse response;
		try {
			response = tagged.toFuture().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new AsyncRequestTimeoutException();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AsyncRequestTimeoutException();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		return answer(request, response);
	}

	/**
	 * The response for an answer already there: the library's (no asynchronous dispatch),
	 * or, for {@code If-None-Match: *} and an answer without errors (which has a tag),
	 * the one of a failed condition.
	 */
	private ServerResponse answer(ServerRequest request, WebGraphQlResponse response) {
		String tag = response.getResponseHeaders().getETag();
		if (tag != null && request.servletRequest().getAttribute(ANY_ATTRIBUTE) instanceof HttpMethod method) {
			return unchanged(request, tag, method);
		}
		return ((AsyncServerResponse) super.prepareResponse(request, Mono.just(response))).block();
	}

	private WebGraphQlResponse withCacheHeaders(WebGraphQlResponse response, String tag) {
		HttpHeaders headers = response.getResponseHeaders();
		headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (!response.getErrors().isEmpty()) {
			headers.setCacheControl("no-store");
		}
		else if (tag != null) {
			headers.setETag(tag);
			headers.setCacheControl(this.cacheControl);
		}
		else {
			headers.setCacheControl("no-cache");
		}
		return response;
	}

	private String tagOf(ServerRequest request, Params params) {
		MediaType mediaType = responseMediaType(request);
		return (mediaType != null) ? this.tags.of(params.query(), params.operationName(), params.variables(),
				params.extensions(), mediaType) : null;
	}

	/**
	 * The media type the library's handler answers with: the first of the accepted types
	 * it supports, else {@code application/json}; {@code null} for an unreadable
	 * {@code Accept}, which the library refuses with 406.
	 */
	private static MediaType responseMediaType(ServerRequest request) {
		try {
			for (MediaType accepted : request.headers().accept()) {
				if (SUPPORTED_MEDIA_TYPES.contains(accepted)) {
					return accepted;
				}
			}
			return MediaType.APPLICATION_JSON;
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	/**
	 * 405 for a GET whose operation is a mutation or a subscription (when the document is
	 * known and parses; otherwise the library reports what is wrong, as for POST).
	 */
	private ServerResponse refuseUnlessQuery(ServerRequest request, Params params) {
		String document = this.persistedQueries.peek(params.query(), params.extensions());
		OperationDefinition.Operation operation = (document != null) ? operationOf(document, params.operationName())
				: null;
		if (operation != OperationDefinition.Operation.MUTATION
				&& operation != OperationDefinition.Operation.SUBSCRIPTION) {
			return null;
		}
		return error(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
				"A " + operation.name().toLowerCase(Locale.ROOT)
						+ " cannot be sent with GET, which is for queries only: send it with POST.")
			.header(HttpHeaders.ALLOW, HttpMethod.POST.name())
			.build();
	}

	/**
	 * An answer of one error with the classification and the request id, not to be
	 * stored; headers may be added before the body is set by {@link ErrorAnswer#build()}.
	 */
	private static ErrorAnswer error(ServerRequest request, HttpStatus status, String classification, String message) {
		MediaType mediaType = responseMediaType(request);
		Object requestId = request.servletRequest().getAttribute(RequestIdFilter.MDC_KEY);
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification);
		if (requestId != null) {
			extensions.put("requestId", requestId);
		}
		ServerResponse.BodyBuilder builder = ServerResponse.status(status)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType((mediaType != null) ? mediaType : MediaType.APPLICATION_JSON);
		return new ErrorAnswer(builder,
				Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
	}

	/**
	 * An error answer being built.
	 *
	 * @param builder the status and headers so far
	 * @param body the body
	 */
	private record ErrorAnswer(ServerResponse.BodyBuilder builder, Map<String, Object> body) {

		ErrorAnswer header(String name, String value) {
			this.builder.header(name, value);
			return this;
		}

		ServerResponse build() {
			return this.builder.body(this.body);
		}

	}

	private OperationDefinition.Operation operationOf(String document, String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(document)
				.parserOptions(this.parserOptions)
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
		List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null) {
			return (operations.size() == 1) ? operations.get(0).getOperation() : null;
		}
		return operations.stream()
			.filter((operation) -> operationName.equals(operation.getName()))
			.map(OperationDefinition::getOperation)
			.findFirst()
			.orElse(null);
	}

	/** The GraphQL request of a GET's query string. */
	private Params fromQueryString(ServerRequest request) {
		String query = request.param("query").orElse(null);
		String operationName = request.param("operationName").filter((name) -> !name.isEmpty()).orElse(null);
		return new Params(query, operationName, jsonObject(request, "variables"), jsonObject(request, "extensions"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> jsonObject(ServerRequest request, String name) {
		String value = request.param(name).orElse("");
		if (value.isBlank()) {
			return Map.of();
		}
		try {
			Object parsed = this.json.readValue(value, Object.class);
			if (parsed == null) {
				return Map.of();
			}
			if (parsed instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw new ServerWebInputException("Invalid value for '" + name + "': expected a JSON object");
	}

	/**
	 * The GraphQL request of a POST body, read as the library reads it; null if it
	 * cannot.
	 */
	private static Params fromBody(ServerRequest replay) {
		try {
			SerializableGraphQlRequest body = replay.body(SerializableGraphQlRequest.class);
			return new Params(body.getQuery(), body.getOperationName(), body.getVariables(), body.getExtensions());
		}
		catch (Exception ex) {
			// The library reads it again and answers the error as it always does.
			return null;
		}
	}

	private static byte[] bodyOf(ServerRequest request) {
		try {
			return StreamUtils.copyToByteArray(request.servletRequest().getInputStream());
		}
		catch (IOException ex) {
			throw new ServerWebInputException("I/O error while reading request body", null, ex);
		}
	}

	private static ServerRequest replay(ServerRequest request, String method, String contentType, byte[] body) {
		return ServerRequest.create(new ReplayedRequest(request.servletRequest(), method, contentType, body),
				request.messageConverters());
	}

	/**
	 * A GraphQL request's parameters.
	 *
	 * @param query the document, {@code null} when absent (a persisted query's hash)
	 * @param operationName the operation to run, {@code null} for the only one
	 * @param variables the variables, empty when none
	 * @param extensions the extensions, empty when none
	 */
	record Params(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {

		Params {
			variables = (variables != null) ? variables : Map.of();
			extensions = (extensions != null) ? extensions : Map.of();
		}

		/** The equivalent JSON body of a POST. */
		Map<String, Object> toBody() {
			Map<String, Object> body = new LinkedHashMap<>();
			if (this.query != null) {
				body.put("query", this.query);
			}
			if (this.operationName != null) {
				body.put("operationName", this.operationName);
			}
			if (!this.variables.isEmpty()) {
				body.put("variables", this.variables);
			}
			if (!this.extensions.isEmpty()) {
				body.put("extensions", this.extensions);
			}
			return body;
		}

	}

}
