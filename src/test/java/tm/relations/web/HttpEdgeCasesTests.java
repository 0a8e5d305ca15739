package tm.relations.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP edges of the endpoint, over a raw socket (Java's HTTP client refuses to send
 * most of these requests): malformed query strings and URLs, unacceptable {@code Accept}
 * headers, oversized request lines and headers, other methods, conditional requests whose
 * answer is an error or that are POSTs, and the error page's own address. Each is
 * answered with a GraphQL-shaped error (or a 304/204 without a body), never a 5xx or
 * Tomcat's HTML page.
 */
class HttpEdgeCasesTests extends GraphApiTestSupport {

	private static final String TYPENAME = "query=" + encode("{ __typename }");

	private static final String ALLOW = "GET, HEAD, POST, OPTIONS";

	@Test
	void queryStringsThatDoNotDecodeGetA400() {
		for (String query : List.of("query=%", "query=%E9", "query=%C0%80", TYPENAME + "&variables=%",
				"query=%7B__typename%7D&variables=%ZZ")) {
			Raw answer = send("GET", "/graphql?" + query, Map.of(), null);
			answer.hardened(query);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.probe().classification()).as(query).isEqualTo("BAD_REQUEST");
			assertThat(answer.probe().message()).as(query).contains("could not be decoded");
		}
	}

	@Test
	void aCompressedBodyGets415NamingTheEncoding() {
		String body = "{\"query\": \"{ __typename }\"}";
		for (String encoding : List.of("gzip", "br", "deflate, gzip")) {
			Raw answer = send("POST", "/graphql",
					Map.of("Content-Type", "application/json", "Content-Encoding", encoding), body);
			answer.hardened(encoding);
			assertThat(answer.status()).as(encoding).isEqualTo(415);
			assertThat(answer.probe().classification()).isEqualTo("BAD_REQUEST");
			assertThat(answer.probe().message()).contains("Content-Encoding '" + encoding + "'", "uncompressed");
		}
		Raw identity = send("POST", "/graphql",
				Map.of("Content-Type", "application/json", "Content-Encoding", "identity"), body);
		assertThat(identity.status()).isEqualTo(200);
		assertThat(identity.body()).contains("\"__typename\":\"Query\"");
	}

	@Test
	void anAcceptThatAllowsNoAnsweredTypeGets406NamingThem() {
		String body = "{\"query\": \"{ __typename }\"}";
		for (String accept : List.of("application/xml", "text/plain", "text/event-stream", "application/json;q=0",
				"application/json;q=0, application/graphql-response+json;q=0", "*/*;q=0")) {
			for (String method : List.of("GET", "POST")) {
				Raw answer = method.equals("GET") ? send("GET", "/graphql?" + TYPENAME, Map.of("Accept", accept), null)
						: send("POST", "/graphql", Map.of("Accept", accept, "Content-Type", "application/json"), body);
				answer.hardened(method + " " + accept);
				assertThat(answer.status()).as("%s %s", method, accept).isEqualTo(406);
				assertThat(answer.probe().classification()).isEqualTo("BAD_REQUEST");
				assertThat(answer.probe().message()).contains("application/graphql-response+json", "application/json");
			}
		}
		for (String accept : List.of("*/*", "application/*", "application/json;q=0, */*",
				"application/graphql-response+json, application/json;q=0", "text/html, application/json;q=0.1")) {
			Raw answer = send("GET", "/graphql?" + TYPENAME, Map.of("Accept", accept), null);
			assertThat(answer.status()).as(accept).isEqualTo(200);
			assertThat(answer.body()).as(accept).contains("\"__typename\":\"Query\"");
		}
	}

	@Test
	void requestsTomcatCannotReadGetAGraphQlShapedErrorNotItsHtmlPage() {
		Raw nul = send("GET", "/graphql%00", Map.of(), null);
		nul.hardened("an encoded NUL in the path");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.header("Content-Type")).startsWith("application/json");
		assertThat(nul.probe().classification()).isEqualTo("BAD_REQUEST");
		assertThat(nul.probe().message()).contains("could not be read");
		String huge = "x".repeat(100 * 1024);
		for (Raw answer : List.of(send("GET", "/graphql?" + TYPENAME, Map.of("X-Padding", huge), null),
				send("GET", "/graphql?" + TYPENAME + "&operationName=" + huge, Map.of(), null))) {
			answer.hardened("a request line or header over the limit");
			assertThat(answer.status()).isBetween(400, 499);
			assertThat(answer.body()).doesNotContain("<html");
			assertThat(answer.probe().classification()).isEqualTo("BAD_REQUEST");
			assertThat(answer.probe().message()).contains("server.max-http-request-header-size");
		}
	}

	@Test
	void aGetQueryOfSomeTensOfKilobytesIsAnswered() {
		// A document of 36 KB (a long comment), sent with a 10 KB If-None-Match.
		String document = "{ __typename } # " + "padding ".repeat(4500);
		String query = "query=" + encode(document);
		assertThat(query.length()).isGreaterThan(20_000);
		Raw answer = send("GET", "/graphql?" + query, Map.of("If-None-Match", "W/\"" + "0".repeat(10_000) + "\""),
				null);
		answer.hardened("a long GET");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("\"__typename\":\"Query\"");
	}

	@Test
	void theErrorPageAddressIsAnUnknownAddress() {
		Raw error = send("GET", "/error", Map.of("Accept", "application/json"), null);
		assertThat(error.status()).isEqualTo(404);
		Raw unknown = send("GET", "/nothing-here", Map.of("Accept", "application/json"), null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(error.body()).doesNotContain("999").contains("\"status\":404");
	}

	@Test
	void otherMethodsGet405WithAllowAndOptionsGetsAllow() {
		for (String method : List.of("PUT", "DELETE", "PATCH", "PROPFIND")) {
			Raw answer = send(method, "/graphql", Map.of("Content-Type", "application/json"),
					"{\"query\": \"{ __typename }\"}");
			answer.hardened(method);
			assertThat(answer.status()).as(method).isEqualTo(405);
			assertThat(answer.header("Allow")).as(method).isEqualTo(ALLOW);
			assertThat(answer.probe().classification()).isEqualTo("BAD_REQUEST");
			assertThat(answer.probe().message()).contains(method, "GET or POST");
		}
		Raw options = send("OPTIONS", "/graphql", Map.of(), null);
		assertThat(options.status()).isEqualTo(204);
		assertThat(options.header("Allow")).isEqualTo(ALLOW);
		// No origin is allowed by default: a preflight gets no CORS permission.
		Raw preflight = send("OPTIONS", "/graphql",
				Map.of("Origin", "https://elsewhere.example", "Access-Control-Request-Method", "POST"), null);
		assertThat(preflight.status()).isLessThan(300);
		assertThat(preflight.header("Allow")).isEqualTo(ALLOW);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void headIsAnsweredAsGetWithoutABody() {
		Raw get = send("GET", "/graphql?" + TYPENAME, Map.of(), null);
		Raw head = send("HEAD", "/graphql?" + TYPENAME, Map.of(), null);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.header("ETag")).isNotNull().isEqualTo(get.header("ETag"));
		Raw again = send("HEAD", "/graphql?" + TYPENAME, Map.of("If-None-Match", get.header("ETag")), null);
		assertThat(again.status()).isEqualTo(304);
	}

	@Test
	void ifNoneMatchStarNeverTurnsAnErrorInto304() {
		String nope = "query=" + encode("{ nope }");
		Raw error = send("GET", "/graphql?" + nope, Map.of("If-None-Match", "*"), null);
		error.hardened("If-None-Match: * on an error");
		assertThat(error.status()).isEqualTo(200);
		assertThat(error.probe().classification()).isEqualTo("ValidationError");
		assertThat(error.header("Cache-Control")).isEqualTo("no-store");
		assertThat(error.header("ETag")).isNull();
		Raw fine = send("GET", "/graphql?" + TYPENAME, Map.of("If-None-Match", "*"), null);
		assertThat(fine.status()).isEqualTo(304);
		assertThat(fine.header("ETag")).isNotNull();
		assertThat(fine.body()).isEmpty();
	}

	@Test
	void aPostWhoseIfNoneMatchMatchesGets412Not304() {
		String body = "{\"query\": \"{ __typename }\"}";
		Map<String, String> json = Map.of("Content-Type", "application/json");
		String tag = send("POST", "/graphql", json, body).header("ETag");
		assertThat(tag).isNotNull();
		for (String condition : List.of(tag, "*")) {
			Map<String, String> headers = new LinkedHashMap<>(json);
			headers.put("If-None-Match", condition);
			Raw answer = send("POST", "/graphql", headers, body);
			answer.hardened("POST with If-None-Match " + condition);
			assertThat(answer.status()).as(condition).isEqualTo(412);
			assertThat(answer.probe().classification()).isEqualTo("PRECONDITION_FAILED");
			assertThat(answer.header("ETag")).isEqualTo(tag);
			assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
		}
		Map<String, String> headers = new LinkedHashMap<>(json);
		headers.put("If-None-Match", "*");
		Raw error = send("POST", "/graphql", headers, "{\"query\": \"{ nope }\"}");
		assertThat(error.status()).isEqualTo(200);
		assertThat(error.probe().classification()).isEqualTo("ValidationError");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One request over a new connection, the target sent exactly as given. */
	private Raw send(String method, String target, Map<String, String> headers, String body) {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null;
		StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\nConnection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (content != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (content != null) {
				out.write(content);
			}
			out.flush();
			return Raw.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read; (read = in.read(buffer)) != -1;) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			// A server that closes after a refusal may reset the connection: keep what
			// came.
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * A raw answer.
	 *
	 * @param status the status
	 * @param headers the headers, by lower-case name
	 * @param body the body as text, de-chunked
	 */
	record Raw(int status, Map<String, List<String>> headers, String body) {

		static Raw parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers
					.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							(name) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			String body = text.substring(end + 4);
			if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
				body = dechunk(body);
			}
			return new Raw(status, headers,
					new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (at < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toString();
		}

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? String.join(", ", values) : null;
		}

		HttpProbe.Answer probe() {
			return new HttpProbe.Answer(this.status, (header("Content-Type") != null) ? header("Content-Type") : "",
					header("X-Request-Id"), this.body);
		}

		/** The checks of every answer of the endpoint, and no HTML. */
		void hardened(String what) {
			probe().assertHardened(what);
			assertThat(this.body).as("body of %s", what).doesNotContainIgnoringCase("<html");
			if (this.status >= 400) {
				assertThat(header("Content-Type")).as("type of %s", what).contains("json");
				assertThat(header("X-Request-Id")).as("request id of %s", what).isNotBlank();
			}
		}

	}

}
