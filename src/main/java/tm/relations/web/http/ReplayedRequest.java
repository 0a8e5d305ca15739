package tm.relations.web.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;

/**
 * A request whose body is held in memory and can be read any number of times, with the
 * method and content type given. It lets {@link CachingGraphQlHttpHandler} read a POST
 * body before Spring for GraphQL reads it again, and present a GET request's query
 * parameters to it as the JSON body of a POST. Everything else (URI, other headers,
 * attributes, cookies, remote address) is the original request's.
 */
final class ReplayedRequest extends HttpServletRequestWrapper {

	private final String method;

	private final String contentType;

	private final byte[] body;

	ReplayedRequest(HttpServletRequest request, String method, String contentType, byte[] body) {
		super(request);
		this.method = method;
		this.contentType = contentType;
		this.body = body;
	}

	@Override
	public String getMethod() {
		return this.method;
	}

	@Override
	public String getContentType() {
		return this.contentType;
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
	public String getHeader(String name) {
		if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
			return this.contentType;
		}
		if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			return Integer.toString(this.body.length);
		}
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			String value = getHeader(name);
			return (value != null) ? Collections.enumeration(List.of(value)) : Collections.emptyEnumeration();
		}
		return super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		Set<String> names = new LinkedHashSet<>();
		Enumeration<String> original = super.getHeaderNames();
		while (original != null && original.hasMoreElements()) {
			String name = original.nextElement();
			if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					&& !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				names.add(name);
			}
		}
		if (this.contentType != null) {
			names.add(HttpHeaders.CONTENT_TYPE);
		}
		names.add(HttpHeaders.CONTENT_LENGTH);
		return Collections.enumeration(names);
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
		String encoding = getCharacterEncoding();
		try {
			if (encoding != null) {
				charset = Charset.forName(encoding);
			}
		}
		catch (IllegalArgumentException ex) {
			// an unknown charset: read as UTF-8, as the GraphQL over HTTP spec assumes
		}
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

}
