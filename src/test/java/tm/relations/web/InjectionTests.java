package tm.relations.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * String arguments reach Cypher only as parameters. Every string argument of every query
 * field (found by introspecting the running schema, so new fields are covered as they
 * come) is fed Cypher-breaking, JSON-breaking, very long and non-UTF-8 input, as a
 * variable and as a literal in the document: never a 5xx, nothing internal in the answer,
 * and the graph is unchanged afterwards.
 */
class InjectionTests extends GraphApiTestSupport {

	static final List<String> PAYLOADS = List.of("'}) MATCH (n) DETACH DELETE n //",
			"\"}) MATCH (n) DETACH DELETE n RETURN 1 //", "x` }) MATCH (n) DETACH DELETE n //",
			"\\\"}]} \u0000 {\"$ne\": null} ${jndi:ldap://x} %s%n $asOf {`key`: 1} \\u0027 */ /*",
			"Ashgabat' OR 1=1 // ".repeat(5000));

	/**
	 * Bytes that are not UTF-8: a bad continuation, stray bytes, an encoded surrogate.
	 */
	static final byte[] NOT_UTF8 = { 'a', (byte) 0xC3, '(', (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0xFE,
			(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'z' };

	@Test
	void stringArgumentsNeverBreakOutOfTheirParameters() {
		HttpProbe probe = new HttpProbe(this.port);
		SchemaFields schema = new SchemaFields(probe);
		List<SchemaFields.StringSlot> slots = new ArrayList<>();
		schema.queryFields.forEach((field) -> slots.addAll(schema.stringSlots(field)));
		assertThat(slots).as("string arguments found in the schema").hasSizeGreaterThanOrEqualTo(3);
		long[] before = graphSize();

		int requests = 0;
		for (SchemaFields.StringSlot slot : slots) {
			for (String payload : PAYLOADS) {
				SchemaFields.Request request = schema.request(slot, payload);
				probe.query(request.document(), request.variables())
					.assertHardened(slot + " with variable " + abbreviate(payload), List.of(payload));
				requests++;
			}
			for (String payload : PAYLOADS.subList(0, 4)) {
				// The same input as a literal in the document.
				SchemaFields.Request request = schema.request(slot, payload);
				probe.query(inline(request), Map.of())
					.assertHardened(slot + " with literal " + abbreviate(payload), List.of(payload));
				requests++;
			}
			SchemaFields.Request request = schema.request(slot, "@@PAYLOAD@@");
			probe.post("application/json", notUtf8(request))
				.assertHardened(slot + " with bytes that are not UTF-8", List.of());
			requests++;
		}
		System.out.printf("Injection: %d requests over %d string arguments: %s%n", requests, slots.size(), slots);
		assertThat(graphSize()).as("nodes and relationships of the graph").containsExactly(before);
	}

	private long[] graphSize() {
		var record = this.driver.executableQuery("""
				MATCH (n) WITH count(n) AS nodes
				OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").execute().records().get(0);
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
	}

	/** The request with every variable written into the document as a literal. */
	private static String inline(SchemaFields.Request request) {
		String document = request.document().replaceFirst("^query\\([^)]*\\)", "query");
		for (Map.Entry<String, Object> variable : request.variables().entrySet()) {
			document = document.replace("$" + variable.getKey(), literal(variable.getValue()));
		}
		return document;
	}

	/** A GraphQL literal: JSON's string escapes are GraphQL's; enum values unquoted. */
	private static String literal(Object value) {
		if (value instanceof Map<?, ?> map) {
			StringBuilder object = new StringBuilder("{");
			map.forEach((key, item) -> object.append(key).append(": ").append(literal(item)).append(' '));
			return object.append('}').toString();
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(InjectionTests::literal).toList()) + "]";
		}
		if (value instanceof String text && text.matches("R\\d{3}|[A-Z][A-Z_]+")) {
			return text;
		}
		return JsonMapper.shared().writeValueAsString(value);
	}

	/** The JSON body of the request with raw non-UTF-8 bytes in place of the payload. */
	private static byte[] notUtf8(SchemaFields.Request request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", request.document());
		body.put("variables", request.variables());
		String json = JsonMapper.shared().writeValueAsString(body);
		int at = json.indexOf("@@PAYLOAD@@");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(NOT_UTF8);
		bytes.writeBytes(json.substring(at + "@@PAYLOAD@@".length()).getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}

}
