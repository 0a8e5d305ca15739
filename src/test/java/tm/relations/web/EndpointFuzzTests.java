package tm.relations.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tm.relations.ExampleQuery;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws a few thousand generated and mutated requests at the running endpoint: random
 * queries built from the schema (random nesting, aliases, duplicated fields, arguments of
 * the wrong type, huge numbers), mutations of them, unknown fields, deep nesting,
 * circular and exploding fragments, alias and field floods, batches, malformed JSON,
 * bytes that are not UTF-8, other content types, methods and headers. Every answer must
 * be free of 5xx and of internal text, every error classified and carrying the request
 * id; afterwards the service is healthy and answers well-formed queries exactly as
 * before.
 * <p>
 * Seeded for reproducibility: {@code -Dfuzz.seed=...} replays a run, {@code -Dfuzz.count}
 * and {@code -Dfuzz.seconds} bound it (defaults 3000 requests, 150 s, whichever comes
 * first).
 */
class EndpointFuzzTests extends GraphApiTestSupport {

	static final long SEED = Long.getLong("fuzz.seed", 20261123L);

	static final int COUNT = Integer.getInteger("fuzz.count", 3000);

	static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 150));

	private static final JsonMapper JSON = JsonMapper.shared();

	/** Well-formed queries whose answers must not change. */
	private static final List<String> REFERENCE = List.of("{ graph { version scripts { name checksum } } }",
			"{ node(id: \"Country:japan\") { id ... on Country { name iso3 aliases } } }",
			"{ nodes(ids: [\"Country:india\", \"Country:china\", \"nonsense\"]) { id } }",
			"{ search(text: \"Dousti\", first: 3) { matchedName node { id } } }");

	@Test
	void survivesThousandsOfGeneratedAndMutatedRequests() {
		HttpProbe probe = new HttpProbe(this.port);
		SchemaFields schema = new SchemaFields(probe);
		Map<String, String> before = referenceAnswers(probe);
		Generator generator = new Generator(new Random(SEED), schema);

		Map<String, Integer> kinds = new TreeMap<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		int sent = 0;
		while (sent < COUNT && System.nanoTime() - start < BUDGET.toNanos() && failures.size() < 20) {
			Fuzz fuzz = generator.next();
			HttpProbe.Answer answer = probe.send(fuzz.method(), fuzz.path(), fuzz.headers(), fuzz.body());
			try {
				answer.assertHardened(
						"request #" + sent + " (" + fuzz.kind() + ", seed " + SEED + "): " + fuzz.describe(),
						fuzz.echoes());
			}
			catch (AssertionError ex) {
				failures.add(ex.getMessage());
			}
			kinds.merge(fuzz.kind(), 1, Integer::sum);
			statuses.merge(answer.status(), 1, Integer::sum);
			sent++;
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("Fuzz (seed %d): %d requests in %d s; kinds %s; statuses %s%n", SEED, sent, took.toSeconds(),
				kinds, statuses);
		assertThat(failures).as("answers that are not hardened").isEmpty();
		assertThat(sent).as("requests sent within the time budget").isGreaterThanOrEqualTo(Math.min(COUNT, 500));

		HttpProbe.Answer health = probe.send("GET", "/actuator/health", Map.of(), null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		assertThat(referenceAnswers(probe)).as("answers to well-formed queries after the fuzzing").isEqualTo(before);
	}

	private Map<String, String> referenceAnswers(HttpProbe probe) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String query : REFERENCE) {
			HttpProbe.Answer answer = probe.query(query);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.errors().isMissingNode()).as("no errors for %s: %s", query, answer.body()).isTrue();
			answers.put(query, answer.json().path("data").toString());
		}
		ExampleQuery example = ExampleQuery.load("q06-search.graphql");
		HttpProbe.Answer answer = probe.query(example.document(), example.variables());
		assertThat(answer.errors().isMissingNode()).as("no errors for %s: %s", example.name(), answer.body()).isTrue();
		answers.put(example.name(), answer.json().path("data").toString());
		return answers;
	}

	/**
	 * One fuzzed request.
	 *
	 * @param kind what kind of abuse it is
	 * @param method the HTTP method
	 * @param path the path and query string
	 * @param headers the headers
	 * @param body the body, or null
	 * @param echoes client input the answer may legitimately quote back
	 */
	record Fuzz(String kind, String method, String path, Map<String, String> headers, byte[] body,
			List<String> echoes) {

		String describe() {
			String text = (this.body != null) ? new String(this.body, StandardCharsets.UTF_8) : "";
			return this.method + " " + this.path + " " + this.headers + " "
					+ ((text.length() > 300) ? text.substring(0, 300) + "..." : text);
		}

	}

	/** Makes the requests, all from one seeded random source. */
	static final class Generator {

		private static final String[] STRINGS = { "japan", "Country:japan", "", " ", "Dousti", "TAPI", "türkmen", "日本",
				"\u0000", "\uD83D\uDE00", "'", "\"", "\\", "null", "R000", "Country:", ":", "a".repeat(300),
				"'}) MATCH (n) DETACH DELETE n //", "*", "?", "~", "AND OR NOT", "\"unterminated" };

		private static final Object[] NUMBERS = { 0, 1, 5, 20, 50, 100, 101, -1, -2147483648, 2147483647, 2147483648L,
				Long.MAX_VALUE, 1.5, 1e308, new java.math.BigInteger("99999999999999999999999999999") };

		private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=utf-8",
				"application/graphql-response+json", "application/graphql", "text/plain", "application/xml",
				"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
				"application/json; charset=latin1", "application/json; charset=nonsense",
				"application/json; charset=\"", "*/*", "json", "", ";;;", "application/json, text/plain" };

		private static final String[] ACCEPTS = { "application/json", "application/graphql-response+json", "*/*",
				"text/html", "application/xml", "application/graphql-response+json;q=0.9, application/json;q=0.8",
				"image/png", "", "application/*", "text/event-stream", "multipart/mixed" };

		private static final String SYNTAX = "{}()[]:$@!\"\\.,#\n=|&...on fragment query mutation subscription";

		private final Random random;

		private final SchemaFields schema;

		private final List<Supplier<Fuzz>> kinds = new ArrayList<>();

		Generator(Random random, SchemaFields schema) {
			this.random = random;
			this.schema = schema;
			for (int weight = 0; weight < 6; weight++) {
				this.kinds.add(() -> json("query", randomQuery(), randomVariables()));
				this.kinds.add(() -> json("mutated", mutate(randomQuery()), Map.of()));
			}
			this.kinds.add(() -> json("unknown-field", "{ " + word() + " { " + word() + " } }", Map.of()));
			this.kinds.add(() -> json("deep", deep(), Map.of()));
			this.kinds.add(() -> json("circular-fragments", circularFragments(), Map.of()));
			this.kinds.add(() -> json("fragment-bomb", fragmentBomb(3 + this.random.nextInt(50)), Map.of()));
			this.kinds.add(() -> json("duplicates", duplicates(), Map.of()));
			this.kinds.add(() -> json("alias-flood", aliasFlood(), Map.of()));
			this.kinds.add(
					() -> json("wrong-variables",
							"query($n: Int, $s: String, $l: [ID!]) { "
									+ "search(text: $s, first: $n) { score } nodes(ids: $l) { id } }",
							wrongVariables()));
			this.kinds.add(() -> json("operations", operations(), Map.of()));
			this.kinds.add(() -> json("introspection", introspection(), Map.of()));
			this.kinds.add(this::batch);
			this.kinds.add(this::malformedJson);
			this.kinds.add(this::notUtf8);
			this.kinds.add(this::contentType);
			this.kinds.add(this::protocol);
		}

		Fuzz next() {
			return this.kinds.get(this.random.nextInt(this.kinds.size())).get();
		}

		private <T> T pick(T[] values) {
			return values[this.random.nextInt(values.length)];
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		private boolean chance(double p) {
			return this.random.nextDouble() < p;
		}

		private String word() {
			StringBuilder word = new StringBuilder();
			int length = 1 + this.random.nextInt(12);
			for (int i = 0; i < length; i++) {
				word.append((char) ('a' + this.random.nextInt(26)));
			}
			return word.toString();
		}

		private Fuzz json(String kind, String query, Map<String, Object> variables) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", query);
			if (!variables.isEmpty()) {
				body.put("variables", variables);
			}
			if (chance(0.1)) {
				body.put("operationName", chance(0.5) ? word() : null);
			}
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Content-Type", "application/json");
			if (chance(0.3)) {
				headers.put("Accept", pick(ACCEPTS));
			}
			if (chance(0.2)) {
				headers.put("X-Request-Id", chance(0.5) ? "fuzz-" + this.random.nextInt(1000) : "bad id ${x}");
			}
			List<String> echoes = new ArrayList<>(List.of(STRINGS));
			echoes.add(query);
			return new Fuzz(kind, "POST", "/graphql", headers, JSON.writeValueAsBytes(body), echoes);
		}

		/** A query built from the schema, mostly valid, sometimes not. */
		String randomQuery() {
			StringBuilder query = new StringBuilder("{ ");
			int fields = 1 + this.random.nextInt(3);
			for (int i = 0; i < fields; i++) {
				appendField(query, this.schema.queryFields, 1 + this.random.nextInt(7));
			}
			return query.append("}").toString();
		}

		private void appendField(StringBuilder query, List<SchemaFields.Field> fields, int depth) {
			if (fields == null || fields.isEmpty() || chance(0.03)) {
				query.append(word()).append(' ');
				return;
			}
			SchemaFields.Field field = pick(fields);
			if (chance(0.15)) {
				query.append(word()).append(": ");
			}
			query.append(field.name());
			List<String> arguments = new ArrayList<>();
			for (SchemaFields.Input arg : field.args()) {
				if (SchemaFields.required(arg.type()) || chance(0.4)) {
					arguments.add(arg.name() + ": " + literal(arg.type()));
				}
			}
			if (chance(0.05)) {
				arguments.add(word() + ": 1");
			}
			if (!arguments.isEmpty()) {
				query.append('(').append(String.join(", ", arguments)).append(')');
			}
			String typeName = SchemaFields.named(field.type()).path("name").asString();
			List<SchemaFields.Field> children = this.schema.fields.get(typeName);
			if (children != null && !children.isEmpty()) {
				query.append(" { ");
				int count = (depth <= 1) ? 1 : 1 + this.random.nextInt(3);
				for (int i = 0; i < count; i++) {
					if (depth <= 1) {
						query.append("__typename ");
					}
					else if (chance(0.25)) {
						String possible = pick(this.schema.possibleTypes(typeName));
						query.append("... on ").append(possible).append(" { ");
						appendField(query, this.schema.fields.get(possible), depth - 1);
						query.append("} ");
					}
					else {
						appendField(query, children, depth - 1);
					}
				}
				if (chance(0.1)) {
					appendField(query, children, Math.max(1, depth - 1));
				}
				query.append("} ");
			}
			else {
				query.append(' ');
			}
		}

		/** A literal for an argument: usually of its type, sometimes not. */
		private String literal(JsonNode type) {
			if (chance(0.1)) {
				return wrongLiteral();
			}
			if (SchemaFields.isList(type)) {
				JsonNode item = SchemaFields.required(type) ? type.path("ofType").path("ofType") : type.path("ofType");
				List<String> items = new ArrayList<>();
				int count = this.random.nextInt(4);
				for (int i = 0; i < count; i++) {
					items.add(literal(item));
				}
				return "[" + String.join(", ", items) + "]";
			}
			JsonNode named = SchemaFields.named(type);
			String name = named.path("name").asString();
			switch (named.path("kind").asString()) {
				case "ENUM": {
					JsonNode values = this.schema.types.get(name).path("enumValues");
					return chance(0.9)
							? values.path(this.random.nextInt(Math.max(1, values.size()))).path("name").asString()
							: word().toUpperCase();
				}
				case "INPUT_OBJECT": {
					StringBuilder object = new StringBuilder("{ ");
					for (JsonNode field : this.schema.types.get(name).path("inputFields").values()) {
						if (SchemaFields.required(field.path("type")) || chance(0.5)) {
							object.append(field.path("name").asString())
								.append(": ")
								.append(literal(field.path("type")))
								.append(' ');
						}
					}
					return object.append('}').toString();
				}
				default:
					return switch (name) {
						case "Int", "Float" -> String.valueOf(pick(NUMBERS));
						case "Boolean" -> chance(0.5) ? "true" : "false";
						default -> JSON.writeValueAsString(pick(STRINGS));
					};
			}
		}

		private String wrongLiteral() {
			return switch (this.random.nextInt(6)) {
				case 0 -> String.valueOf(pick(NUMBERS));
				case 1 -> JSON.writeValueAsString(pick(STRINGS));
				case 2 -> "{ a: 1 }";
				case 3 -> "[1, \"x\", null]";
				case 4 -> "null";
				default -> "$" + word();
			};
		}

		private Map<String, Object> randomVariables() {
			if (chance(0.7)) {
				return Map.of();
			}
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put(word(), pick(NUMBERS));
			return variables;
		}

		private Map<String, Object> wrongVariables() {
			Object[] values = { "abc", 1e300, new java.math.BigInteger("9".repeat(200)), List.of(1, 2), Map.of("a", 1),
					"", null, true, -1, List.of("Country:japan", 5), "x".repeat(10_000) };
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("n", pick(values));
			variables.put("s", pick(values));
			variables.put("l", pick(values));
			return variables;
		}

		String mutate(String query) {
			StringBuilder text = new StringBuilder(query);
			int mutations = 1 + this.random.nextInt(5);
			for (int i = 0; i < mutations && !text.isEmpty(); i++) {
				int at = this.random.nextInt(text.length());
				switch (this.random.nextInt(4)) {
					case 0 -> text.deleteCharAt(at);
					case 1 -> text.insert(at, SYNTAX.charAt(this.random.nextInt(SYNTAX.length())));
					case 2 -> {
						int end = Math.min(text.length(), at + this.random.nextInt(20));
						text.insert(at, text.substring(at, end));
					}
					default -> text.setCharAt(at, (char) (32 + this.random.nextInt(95)));
				}
			}
			return text.toString();
		}

		private String deep() {
			int depth = 50 + this.random.nextInt(3000);
			String field = chance(0.5) ? "graph" : word();
			return "{ " + (field + " { ").repeat(depth) + "version" + " }".repeat(depth) + " }";
		}

		private String circularFragments() {
			return switch (this.random.nextInt(3)) {
				case 0 -> "{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }";
				case 1 -> "{ graph { ...g } } fragment g on GraphInfo { version ...g }";
				default -> "{ node(id: \"Country:japan\") { ...n } } fragment n on Node { id ... on Country { "
						+ "relations { other { ...n } } } }";
			};
		}

		private String fragmentBomb(int levels) {
			StringBuilder document = new StringBuilder("{ graph { ...f" + levels + " } }\n");
			document.append("fragment f1 on GraphInfo { version scripts { name } }\n");
			for (int i = 2; i <= levels; i++) {
				document.append("fragment f").append(i).append(" on GraphInfo { ");
				int spreads = 2 + this.random.nextInt(4);
				for (int j = 0; j < spreads; j++) {
					document.append("...f").append(i - 1).append(' ');
				}
				document.append("}\n");
			}
			return document.toString();
		}

		private String duplicates() {
			int count = 10 + this.random.nextInt(3000);
			return "{ graph { " + "version ".repeat(count) + "} }";
		}

		private String aliasFlood() {
			int count = 20 + this.random.nextInt(2000);
			StringBuilder query = new StringBuilder("{ ");
			for (int i = 0; i < count; i++) {
				query.append('a').append(i).append(chance(0.5) ? ": __typename " : ": graph { version } ");
			}
			return query.append('}').toString();
		}

		private String operations() {
			String[] documents = { "mutation { deleteEverything }", "subscription { graph { version } }",
					"query A { graph { version } } query B { __typename }",
					"query A { __typename } query A { __typename }", "{ graph { version @skip(if: $undefined) } }",
					"{ graph { version @nonsense } }", "{ graph { version @include } }",
					"query ($x: Boolean!) { graph { version @skip(if: $x) } }", "{ graph { ... @defer { version } } }",
					"{ search(text: \"japan\") @stream { score } }", "{ graph { version } } extra", "", "   ", "#",
					"{}", "{ }", "query", "fragment f on Query { __typename }", "{ __typename(a: 1) }",
					"{ node { id } }", "{ node(id: null) { id } }", "schema { query: Query } type X { y: Int }",
					"\"\"\"" + "x".repeat(1000), "{ graph { version }" + " ".repeat(1) + "}".repeat(50) };
			return pick(documents);
		}

		private String introspection() {
			String[] documents = { "{ __schema { types { name } } __schema { types { name } } }",
					"{ a: __schema { queryType { name } } b: __schema { queryType { name } } }",
					"{ __type(name: \"Country\") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { "
							+ "ofType { ofType { ofType { name } } } } } } } } } } } }",
					"{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
					"{ __type(name: \"" + "x".repeat(5000) + "\") { name } }", "{ __typename }" };
			return pick(documents);
		}

		private Fuzz batch() {
			List<Map<String, Object>> requests = new ArrayList<>();
			int count = 1 + this.random.nextInt(50);
			for (int i = 0; i < count; i++) {
				requests.add(Map.of("query", randomQuery()));
			}
			return new Fuzz("batch", "POST", "/graphql", Map.of("Content-Type", "application/json"),
					JSON.writeValueAsBytes(requests), List.of());
		}

		private Fuzz malformedJson() {
			String valid = JSON.writeValueAsString(Map.of("query", randomQuery()));
			String[] bodies = { valid.substring(0, this.random.nextInt(valid.length())), "{\"query\": ", "{", "}",
					"null", "[]", "\"\"", "123", "true", "{\"query\": null}", "{\"query\": 123}",
					"{\"query\": [\"x\"]}", "{\"query\": {}}", "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
					"{\"query\": \"{ __typename }\", \"variables\": []}",
					"{\"query\": \"{ __typename }\", \"operationName\": 5}",
					"{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
					"{\"query\": \"{ __typename }\"} trailing",
					"{\"query\": \"{ __typename }\", \"query\": \"{ graph { version } }\"}",
					"{'query': '{ __typename }'}", "{\"query\": \"\\uZZZZ\"}", "{\"query\": \"\\ud800\"}",
					"{\"query\": \"{ __typename }\", \"variables\": " + "[".repeat(3000) + "]".repeat(3000) + "}",
					"{\"query\": \"{ __typename }\", \"variables\": {\"n\": 1" + "0".repeat(2000) + "}}",
					"{\"query\": \"{ __typename }\", \"variables\": {\"n\": 1e999999999}}",
					"\uFEFF{\"query\": \"{ __typename }\"}", "{\"query\": \"{ __typename }\"}".repeat(3), " ", "" };
			byte[] body = pick(bodies).getBytes(StandardCharsets.UTF_8);
			return new Fuzz("malformed-json", "POST", "/graphql", Map.of("Content-Type", "application/json"), body,
					List.of());
		}

		private Fuzz notUtf8() {
			byte[] random = new byte[1 + this.random.nextInt(200)];
			this.random.nextBytes(random);
			byte[] body;
			if (chance(0.5)) {
				String prefix = "{\"query\": \"{ search(text: \\\"";
				String suffix = "\\\") { score } }\"}";
				body = new byte[prefix.length() + random.length + suffix.length()];
				System.arraycopy(prefix.getBytes(StandardCharsets.UTF_8), 0, body, 0, prefix.length());
				System.arraycopy(random, 0, body, prefix.length(), random.length);
				System.arraycopy(suffix.getBytes(StandardCharsets.UTF_8), 0, body, prefix.length() + random.length,
						suffix.length());
			}
			else {
				body = random;
			}
			return new Fuzz("not-utf8", "POST", "/graphql", Map.of("Content-Type", "application/json"), body,
					List.of());
		}

		private Fuzz contentType() {
			String query = randomQuery();
			String contentType = pick(CONTENT_TYPES);
			byte[] body = contentType.contains("graphql") && !contentType.contains("json")
					? query.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(Map.of("query", query));
			Map<String, String> headers = new LinkedHashMap<>();
			if (!contentType.isEmpty()) {
				headers.put("Content-Type", contentType);
			}
			headers.put("Accept", pick(ACCEPTS));
			return new Fuzz("content-type", "POST", "/graphql", headers, body, List.of(query));
		}

		private Fuzz protocol() {
			String[] methods = { "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "POST" };
			String[] paths = { "/graphql", "/graphql?query=%7B__typename%7D", "/graphql/", "/graphql;x=1",
					"/graphql?query=" + "%7B".repeat(500), "/graphql/schema", "/graphql?%25ZZ", "/graphql/../graphql",
					"/graphiql?path=/graphql" };
			String method = pick(methods);
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Accept", pick(ACCEPTS));
			if (chance(0.3)) {
				headers.put("Origin", "https://evil.example");
			}
			byte[] body = null;
			if (!method.equals("GET") && !method.equals("HEAD") && chance(0.7)) {
				headers.put("Content-Type", "application/json");
				body = JSON.writeValueAsBytes(Map.of("query", randomQuery()));
			}
			return new Fuzz("protocol", method, pick(paths), headers, body, List.of());
		}

	}

}
