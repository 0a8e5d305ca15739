package tm.relations.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;

/**
 * Tomcat's error report, for the requests that never reach the application: a request
 * line, URL or header that Tomcat cannot parse (an encoded NUL in the path, say), a
 * request line and headers over {@code server.max-http-request-header-size}, a
 * {@code TRACE}. Tomcat answers these itself, and its {@code ErrorReportValve} gave them
 * an HTML page; this valve takes its place on the host and gives them the GraphQL error
 * shape of every other error of the service ({@code BAD_REQUEST}, a request id, also in
 * {@code X-Request-Id}). Errors that already have a body (everything the application
 * answers) are left as they are.
 */
class GraphQlErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorReportValve.class);

	private final long maxHeaderBytes;

	/**
	 * The valve.
	 * @param maxHeaderBytes {@code server.max-http-request-header-size}, named in the
	 * message for requests over it
	 */
	GraphQlErrorReportValve(long maxHeaderBytes) {
		this.maxHeaderBytes = maxHeaderBytes;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own report: only for an error without a body, once, and while the
		// connection can still be written to.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		Object id = request.getAttribute(RequestIdFilter.MDC_KEY);
		String requestId = (id instanceof String text) ? text : UUID.randomUUID().toString();
		log.debug("Request {} answered by the container with {}: {}", requestId, status, response.getMessage(),
				throwable);
		String classification = (status >= 500) ? ErrorType.INTERNAL_ERROR.name() : "BAD_REQUEST";
		String message = (status >= 500) ? Failures.message(ErrorType.INTERNAL_ERROR, requestId, "") : message(status,
				response.getMessage() + " " + ((throwable != null) ? throwable.getMessage() : ""), request.getMethod());
		try {
			response.setHeader(RequestIdFilter.HEADER, requestId);
			response.setContentType(HttpErrorResolver.contentType(request));
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(HttpErrorResolver.body(message, classification, requestId));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Could not write the error response: {}", ex.toString());
		}
	}

	/**
	 * What the client is told: the container's own message and exception (Tomcat's
	 * "Request header is too large") say whether the request was too large.
	 */
	private String message(int status, String containerDetail, String method) {
		String detail = containerDetail.toLowerCase(Locale.ROOT);
		if (status == 414 || status == 431 || detail.contains("too large") || detail.contains("too long")) {
			return "The request line and headers are larger than the " + this.maxHeaderBytes
					+ " bytes the server reads (server.max-http-request-header-size): send a long query with POST.";
		}
		if (status == 400) {
			return "The HTTP request could not be read: its request line, URL or headers are malformed.";
		}
		return HttpErrorResolver.messageFor(status, method);
	}

}
