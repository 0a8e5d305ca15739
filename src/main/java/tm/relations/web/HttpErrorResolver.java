package tm.relations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers requests to the GraphQL endpoint that never become a GraphQL request (a body
 * that is not JSON, a JSON body without a string {@code query}, an unsupported content
 * type) in the GraphQL response shape rather than Spring Boot's error page: the status
 * Spring chose (400, 405, 406, 415), an {@code errors} list with a clear message,
 * {@code extensions.classification} {@code BAD_REQUEST} and the request id. Anything else
 * failing there is logged with the request id and answered as an {@code INTERNAL_ERROR}
 * in the same shape. Other paths are left to Spring Boot.
 */
class HttpErrorResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(HttpErrorResolver.class);

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private final String path;

	HttpErrorResolver(String path) {
		this.path = path;
	}

	@Override
	public int getOrder() {
		// Before Spring MVC's own resolvers; Boot's DefaultErrorAttributes (which only
		// records the exception) stays first.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception exception) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		if (!uri.equals(this.path) || response.isCommitted()) {
			return null;
		}
		if (exception instanceof HttpMediaTypeNotSupportedException) {
			refuse(request, response, exception, 415);
		}
		else if (exception instanceof HttpMediaTypeNotAcceptableException) {
			refuse(request, response, exception, 406);
		}
		else if (exception instanceof HttpRequestMethodNotSupportedException) {
			refuse(request, response, exception, 405);
		}
		else if (exception instanceof HttpMessageNotReadableException) {
			refuse(request, response, exception, 400);
		}
		else if (exception instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			refuse(request, response, exception, error.getStatusCode().value());
		}
		else {
			// Not the client's doing: logged with the id, answered in the same shape.
			String requestId = requestId(request);
			UnexpectedErrorResolver.logWithRequestId(requestId, ErrorType.INTERNAL_ERROR, exception,
					request.getMethod() + " " + uri);
			write(request, response, 500, ErrorType.INTERNAL_ERROR.name(),
					Failures.message(ErrorType.INTERNAL_ERROR, requestId, ""));
		}
		return new ModelAndView();
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Exception exception,
			int status) {
		log.debug("Request {} refused with {}: {}", requestId(request), status, exception.toString());
		write(request, response, status, "BAD_REQUEST", messageFor(status, request.getMethod()));
	}

	/** What a client is told for an HTTP-level refusal. */
	static String messageFor(int status, String method) {
		return switch (status) {
			case 400 -> "The request is not a GraphQL request: send a JSON object with a string 'query', "
					+ "and optionally an object 'variables' and a string 'operationName'.";
			case 404 -> "Nothing is served at this address.";
			case 405 -> "Method " + method + " is not supported on this endpoint: send queries with GET or POST.";
			case 406 -> "The Accept header allows no type this endpoint answers with: "
					+ "accept application/graphql-response+json or application/json.";
			case 415 -> "Unsupported Content-Type: send the request as application/json "
					+ "(a JSON object with a string 'query', and optionally 'variables' and 'operationName').";
			default -> "The request was refused (HTTP " + status + ").";
		};
	}

	private static String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(RequestIdFilter.MDC_KEY);
		return (id instanceof String text) ? text : "unknown";
	}

	/**
	 * Writes a GraphQL-shaped error response: one error with the message, the
	 * classification and the request id; {@code application/graphql-response+json} when
	 * the client accepts it, {@code application/json} otherwise.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, int status, String classification,
			String message) {
		String body = body(message, classification, requestId(request));
		try {
			response.setStatus(status);
			response.setContentType(contentType(request));
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			log.debug("Could not write the error response: {}", ex.toString());
		}
	}

	/**
	 * The content type of an error: {@code application/graphql-response+json} when the
	 * client accepts it, {@code application/json} otherwise.
	 */
	static String contentType(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		boolean graphqlResponse = accept != null && accept.contains(GRAPHQL_RESPONSE);
		return (graphqlResponse ? GRAPHQL_RESPONSE : "application/json") + ";charset=UTF-8";
	}

	/** A GraphQL-shaped body of one error. */
	static String body(String message, String classification, String requestId) {
		return "{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\",\"extensions\":{\"classification\":\"" + classification + "\",\"requestId\":\"" + requestId
				+ "\"}}]}";
	}

}
