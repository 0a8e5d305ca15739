package tm.relations.web.http;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import tm.relations.web.CachedBodyRequest;

/**
 * A request whose body is held in memory and can be read any number of times, with the
 * method and content type given. It lets {@link CachingGraphQlHttpHandler} read a POST
 * body before Spring for GraphQL reads it again, and present a GET request's query
 * parameters to it as the JSON body of a POST. Everything else (URI, other headers,
 * attributes, cookies, remote address) is the original request's.
 */
final class ReplayedRequest extends CachedBodyRequest {

	private final String method;

	private final String contentType;

	ReplayedRequest(HttpServletRequest request, String method, String contentType, byte[] body) {
		super(request, body);
		this.method = method;
		this.contentType = contentType;
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
	public String getHeader(String name) {
		if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
			return this.contentType;
		}
		if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			return Integer.toString(body().length);
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

}
