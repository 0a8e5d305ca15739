package tm.relations.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the GraphQL endpoint at the HTTP level, before anything parses a request:
 * <ul>
 * <li>a malformed or wildcard {@code Content-Type} (415) or a malformed {@code Accept}
 * (400), on which Spring MVC would fail with a 500;</li>
 * <li>a body larger than {@code graph.limits.max-body-size}: status 413 with a
 * GraphQL-shaped body ({@code errors[0].extensions} carrying
 * {@code classification: REQUEST_TOO_LARGE} and the request id). A declared
 * {@code Content-Length} over the limit is refused at once; a body without one is read up
 * to the limit and then refused;</li>
 * <li>a JSON body that is no object ({@code null}, a batch array, a string, a number), or
 * whose {@code query} or {@code operationName} is no string, or whose {@code variables}
 * or {@code extensions} is no object: status 400, {@code BAD_REQUEST}; Spring for GraphQL
 * would answer some of these with a 500, others with a misleading parse error;</li>
 * <li>an error status answered without a body (Spring Boot's 415 for another content
 * type, 405 for another method, or any {@code sendError}): given the GraphQL-shaped body
 * of {@link HttpErrorResolver}, so every error of the endpoint looks the same.</li>
 * </ul>
 * Accepted bodies are passed on from memory.
 */
class GraphQlEndpointFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlEndpointFilter.class);

	private static final JsonMapper JSON = JsonMapper.shared();

	private final String path;

	private final long maxBytes;

	GraphQlEndpointFilter(String path, long maxBytes) {
		this.path = path;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return !uri.equals(this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String headerProblem = headerProblem(request);
		if (headerProblem != null) {
			log.debug("Refused: {}", headerProblem);
			HttpErrorResolver.write(
					request, response, headerProblem.startsWith("Content-Type")
							? HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE : HttpServletResponse.SC_BAD_REQUEST,
					"BAD_REQUEST", headerProblem);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuseSize(request, response, declared + " bytes");
			return;
		}
		if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
			pass(request, response, chain);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuseSize(request, response, "more than " + this.maxBytes + " bytes");
			return;
		}
		String shapeProblem = isJson(request.getContentType()) ? shapeProblem(body) : null;
		if (shapeProblem != null) {
			log.debug("Refused: {}", shapeProblem);
			HttpErrorResolver.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST", shapeProblem);
			return;
		}
		pass(new CachedBodyRequest(request, body), response, chain);
	}

	private static void pass(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BodyWatchingResponse watched = new BodyWatchingResponse(response);
		chain.doFilter(request, watched);
		if (watched.getStatus() >= 400 && !watched.bodyStarted && !response.isCommitted()
				&& !request.isAsyncStarted()) {
			int status = watched.getStatus();
			HttpErrorResolver.write(request, response, status, "BAD_REQUEST",
					HttpErrorResolver.messageFor(status, request.getMethod()));
		}
	}

	/**
	 * Spring MVC fails with a 500 on some malformed media types (a {@code Content-Type}
	 * of {@code *}{@code /*}, say) before any handler runs: refused here instead.
	 */
	private static String headerProblem(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && !contentType.isBlank()) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					return "Content-Type must be a concrete type such as application/json, not " + type.getType() + "/"
							+ type.getSubtype() + ".";
				}
			}
			catch (InvalidMediaTypeException ex) {
				return "Content-Type is malformed: send application/json.";
			}
		}
		java.util.Enumeration<String> accepts = request.getHeaders("Accept");
		while (accepts != null && accepts.hasMoreElements()) {
			try {
				MediaType.parseMediaTypes(accepts.nextElement());
			}
			catch (InvalidMediaTypeException ex) {
				return "The Accept header is malformed: accept application/graphql-response+json or application/json.";
			}
		}
		return null;
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (out.size() < limit
				&& (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) != -1) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static boolean isJson(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
	}

	/**
	 * What is wrong with the shape of a JSON request, or null: the body must be an object
	 * whose {@code query} and {@code operationName} are strings and whose
	 * {@code variables} and {@code extensions} are objects, where present. Only the top
	 * level is looked at; a body that is not JSON at all is left to Spring, which refuses
	 * it with a 400 too.
	 */
	static String shapeProblem(byte[] body) {
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return "The request body must be a JSON object with a string 'query'; "
						+ "batches (arrays of requests) are not supported.";
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				boolean isNull = value == JsonToken.VALUE_NULL;
				if ((name.equals("query") || name.equals("operationName")) && value != JsonToken.VALUE_STRING
						&& !isNull) {
					return "'" + name + "' must be a string.";
				}
				if ((name.equals("variables") || name.equals("extensions")) && value != JsonToken.START_OBJECT
						&& !isNull) {
					return "'" + name + "' must be a JSON object.";
				}
				parser.skipChildren();
			}
			return null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private void refuseSize(HttpServletRequest request, HttpServletResponse response, String size) {
		log.debug("Refused a request body of {} (limit {} bytes)", size, this.maxBytes);
		// The rest of the body is not read: close the connection rather than drain it.
		response.setHeader("Connection", "close");
		HttpErrorResolver.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				ApiErrorType.REQUEST_TOO_LARGE.name(), "The request body is larger than the limit of " + this.maxBytes
						+ " bytes (graph.limits.max-body-size).");
	}

	/**
	 * Notes whether a body was started, and turns {@code sendError} into a plain status
	 * so that the filter can write the body instead of the container's error page.
	 */
	private static final class BodyWatchingResponse extends HttpServletResponseWrapper {

		private boolean bodyStarted;

		BodyWatchingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int status) {
			setStatus(status);
		}

		@Override
		public void sendError(int status, String message) {
			setStatus(status);
		}

	}

}
