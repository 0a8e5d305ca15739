package tm.relations.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code graph.limits.max-body-size} on the GraphQL
 * endpoint with status 413 and a GraphQL-shaped body ({@code errors[0].extensions}
 * carrying {@code classification: REQUEST_TOO_LARGE} and the request id), before anything
 * parses them. A declared {@code Content-Length} over the limit is refused at once; a
 * body without one is read up to the limit and then refused. Accepted bodies are passed
 * on from memory.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private final String path;

	private final long maxBytes;

	RequestBodyLimitFilter(String path, long maxBytes) {
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
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(request, response, declared + " bytes");
			return;
		}
		if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(request, response, "more than " + this.maxBytes + " bytes");
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
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

	private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
		Object id = request.getAttribute(RequestIdFilter.MDC_KEY);
		String requestId = (id instanceof String text) ? text : "unknown";
		log.debug("Refused a request body of {} (limit {} bytes)", size, this.maxBytes);
		String accept = request.getHeader("Accept");
		boolean graphqlResponse = accept != null && accept.contains(GRAPHQL_RESPONSE);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType((graphqlResponse ? GRAPHQL_RESPONSE : "application/json") + ";charset=UTF-8");
		// The client's data is not read further: close the connection rather than drain
		// it.
		response.setHeader("Connection", "close");
		String body = "{\"errors\":[{\"message\":\"The request body is larger than the limit of " + this.maxBytes
				+ " bytes (graph.limits.max-body-size).\",\"extensions\":{\"classification\":\"REQUEST_TOO_LARGE\","
				+ "\"requestId\":\"" + requestId + "\"}}]}";
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The request with its body read into memory. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Blocking reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = StandardCharsets.UTF_8;
			try {
				String encoding = getCharacterEncoding();
				if (encoding != null) {
					charset = Charset.forName(encoding);
				}
			}
			catch (IllegalArgumentException ex) {
				// an unknown charset: read as UTF-8, as the GraphQL over HTTP spec
				// assumes
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
