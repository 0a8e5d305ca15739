package tm.relations.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read into memory and can be read again any number of times:
 * the body-size filter reads it to bound it, the HTTP caching handler reads it to compute
 * an ETag, and Spring for GraphQL then reads it as usual. Servlet's own wrappers cannot
 * re-read a consumed stream, hence this.
 */
public class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	public CachedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/** The body, as read. */
	protected byte[] body() {
		return this.body;
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
			// an unknown charset: read as UTF-8, as the GraphQL over HTTP spec assumes
		}
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

}
