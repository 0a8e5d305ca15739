package tm.relations.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the GraphQL endpoint at the HTTP level, before anything parses a request:
 * <ul>
 * <li>a method other than GET, HEAD and POST: 405 with {@code Allow}; an {@code OPTIONS}
 * request is answered 204 with {@code Allow} (a CORS preflight is left to Spring's CORS
 * handling when {@code spring.graphql.cors} allows origins, with the same {@code Allow}).
 * Spring MVC answered them with 404, and {@code OPTIONS} with an {@code Allow} listing
 * every method. HEAD is handled as GET (the container sends no body);</li>
 * <li>a GET query string that does not decode (a {@code %} without two hex digits, bytes
 * that are not UTF-8): 400, where the container's parameter parsing failed the request
 * with a 500;</li>
 * <li>an {@code Accept} that allows none of the types the endpoint answers with: 406
 * naming them, where Spring MVC answered GET with 405 and POST with 415. That includes
 * {@code text/event-stream} alone: Spring Boot's server-sent events serve only
 * subscriptions, and the schema has none;</li>
 * <li>a malformed or wildcard {@code Content-Type} (415) or a malformed {@code Accept}
 * (400), on which Spring MVC would fail with a 500; a {@code Content-Encoding} such as
 * gzip (415), whose body would be read compressed and refused as malformed JSON;</li>
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

	/** The methods the endpoint serves, for {@code Allow}. */
	static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

	/** What the endpoint answers with; an {@code Accept} must allow one of them. */
	private static final List<MediaType> ANSWERED_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

	private final String path;

	private final long maxBytes;

	private final boolean corsEnabled;

	/**
	 * A filter for the endpoint at the path.
	 * @param path the endpoint's path
	 * @param maxBytes the largest body accepted
	 * @param corsEnabled whether {@code spring.graphql.cors} allows some origins, so that
	 * Spring answers CORS preflight requests
	 */
	GraphQlEndpointFilter(String path, long maxBytes, boolean corsEnabled) {
		this.path = path;
		this.maxBytes = maxBytes;
		this.corsEnabled = corsEnabled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return !uri.equals(this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest servletRequest, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest request = servletRequest;
		switch (request.getMethod()) {
			case "GET", "POST" -> {
			}
			case "HEAD" -> request = new HeadAsGet(request);
			case "OPTIONS" -> {
				if (this.corsEnabled && CorsUtils.isPreFlightRequest(request)) {
					chain.doFilter(request, new AllowedMethodsResponse(response));
				}
				else {
					response.setHeader(HttpHeaders.ALLOW, ALLOWED_METHODS);
					response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				}
				return;
			}
			default -> {
				response.setHeader(HttpHeaders.ALLOW, ALLOWED_METHODS);
				refuse(request, response, new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
						HttpErrorResolver.messageFor(HttpServletResponse.SC_METHOD_NOT_ALLOWED, request.getMethod())));
				return;
			}
		}
		Refusal refusal = headerProblem(request);
		if (refusal == null && request.getMethod().equals("GET")) {
			refusal = queryStringProblem(request);
		}
		if (refusal != null) {
			refuse(request, response, refusal);
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

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) {
		log.debug("Refused with {}: {}", refusal.status(), refusal.message());
		HttpErrorResolver.write(request, response, refusal.status(), "BAD_REQUEST", refusal.message());
	}

	/**
	 * Spring MVC fails with a 500 on some malformed media types (a {@code Content-Type}
	 * of {@code *}{@code /*}, say) before any handler runs: refused here instead. An
	 * {@code Accept} that allows none of the answered types is refused with 406.
	 */
	private static Refusal headerProblem(HttpServletRequest request) {
		String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
		if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
			// The body would otherwise be read as it came, compressed, and refused as
			// malformed JSON; RFC 9110 15.5.16 asks for 415 here.
			return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
					"Content-Encoding '" + encoding.strip()
							+ "' is not supported: send the body uncompressed (it is at most "
							+ "graph.limits.max-body-size).");
		}
		String contentType = request.getContentType();
		if (contentType != null && !contentType.isBlank()) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
							"Content-Type must be a concrete type such as application/json, not " + type.getType() + "/"
									+ type.getSubtype() + ".");
				}
			}
			catch (InvalidMediaTypeException ex) {
				return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
						"Content-Type is malformed: send application/json.");
			}
		}
		List<MediaType> accepted = new ArrayList<>();
		Enumeration<String> accepts = request.getHeaders(HttpHeaders.ACCEPT);
		while (accepts != null && accepts.hasMoreElements()) {
			try {
				accepted.addAll(MediaType.parseMediaTypes(accepts.nextElement()));
			}
			catch (InvalidMediaTypeException ex) {
				return new Refusal(HttpServletResponse.SC_BAD_REQUEST,
						"The Accept header is malformed: accept application/graphql-response+json or application/json.");
			}
		}
		if (!accepted.isEmpty() && ANSWERED_TYPES.stream().noneMatch((type) -> acceptable(type, accepted))) {
			return new Refusal(HttpServletResponse.SC_NOT_ACCEPTABLE,
					HttpErrorResolver.messageFor(HttpServletResponse.SC_NOT_ACCEPTABLE, request.getMethod()));
		}
		return null;
	}

	/**
	 * Whether the {@code Accept} ranges allow the type: the most specific range that
	 * includes it (RFC 9110 §12.5.1) has a quality above 0. So
	 * {@code application/json;q=0} alone refuses JSON, and {@code *}{@code /*} allows it.
	 */
	static boolean acceptable(MediaType type, List<MediaType> accepted) {
		int bestSpecificity = -1;
		double bestQuality = 0;
		for (MediaType range : accepted) {
			if (!range.includes(type)) {
				continue;
			}
			int specificity = range.isWildcardType() ? 0 : (range.isWildcardSubtype() ? 1 : 2);
			if (specificity > bestSpecificity) {
				bestSpecificity = specificity;
				bestQuality = range.getQualityValue();
			}
			else if (specificity == bestSpecificity) {
				bestQuality = Math.max(bestQuality, range.getQualityValue());
			}
		}
		return bestSpecificity >= 0 && bestQuality > 0;
	}

	/**
	 * The container decodes the query string when a parameter is first asked for, and
	 * fails with an exception (a 500) on a {@code %} without two hex digits or on bytes
	 * that are not UTF-8 ({@code %E9}, the overlong {@code %C0%80}): asked here, so that
	 * the client hears what is wrong.
	 */
	private static Refusal queryStringProblem(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return null;
		}
		catch (IllegalStateException ex) {
			log.debug("Query string refused: {}", ex.toString());
			return new Refusal(HttpServletResponse.SC_BAD_REQUEST,
					"The query string could not be decoded: send 'query', 'variables', 'operationName' and "
							+ "'extensions' URL-encoded as UTF-8 (every '%' followed by two hex digits).");
		}
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
	 * An HTTP-level refusal.
	 *
	 * @param status the HTTP status
	 * @param message what the client is told
	 */
	private record Refusal(int status, String message) {
	}

	/**
	 * A HEAD request, answered as the GET it stands for: same status and headers (the
	 * {@code ETag}, a 304 for a matching {@code If-None-Match}); the container sends no
	 * body for HEAD.
	 */
	private static final class HeadAsGet extends HttpServletRequestWrapper {

		HeadAsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

	/**
	 * Keeps the servlet's {@code Allow} of a CORS preflight (every method the servlet
	 * has) to the methods the endpoint serves.
	 */
	private static final class AllowedMethodsResponse extends HttpServletResponseWrapper {

		AllowedMethodsResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.ALLOW.equalsIgnoreCase(name) ? ALLOWED_METHODS : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.ALLOW.equalsIgnoreCase(name)) {
				setHeader(name, value);
			}
			else {
				super.addHeader(name, value);
			}
		}

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
