package tm.relations.web.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;

/**
 * The {@code ETag} of an answer, computed from the request alone, before anything runs:
 * the graph's version (which changes exactly when the load scripts change), a fingerprint
 * of the deployment (the schema, {@code graph.http.etag-salt} and the settings that
 * decide whether a request is answered at all), and the request: the document (by its
 * SHA-256, so the text and its persisted hash give the same tag), the operation name, the
 * variables and other extensions (as canonical JSON) and the response media type. Since
 * the graph only changes with the scripts, equal tags mean equal answers, and a matching
 * {@code If-None-Match} can be answered with 304 without asking Neo4j.
 * <p>
 * The tags are weak ({@code W/"..."}): they promise the same answer, not the same bytes.
 */
final class EntityTags {

	private final GraphVersionTracker version;

	private final Supplier<String> fingerprint;

	private final JsonMapper json;

	/**
	 * @param version the graph version
	 * @param deployment what besides the graph decides answers; hashed once, on first use
	 * @param json for canonical JSON of variables
	 */
	EntityTags(GraphVersionTracker version, Supplier<String> deployment, JsonMapper json) {
		this.version = version;
		this.fingerprint = SingletonSupplier.of(() -> Sha256.hex(deployment.get()));
		this.json = json;
	}

	/**
	 * The tag of the answer to this request, or {@code null} when it has none (graph
	 * version unknown, or no document nor hash to identify the query by).
	 */
	String of(String document, String operationName, Map<String, Object> variables, Map<String, Object> extensions,
			MediaType mediaType) {
		String graphVersion = this.version.current();
		if (graphVersion == null) {
			return null;
		}
		String documentKey;
		Map<String, Object> otherExtensions = new TreeMap<>((extensions != null) ? extensions : Map.of());
		Object persisted = otherExtensions.remove("persistedQuery");
		if (document != null) {
			documentKey = Sha256.hex(document);
			if (persisted != null && !documentKey.equals(PersistedQueries.hashOf(persisted))) {
				// A wrong or malformed hash with the text: refused, so never tagged.
				return null;
			}
		}
		else {
			documentKey = PersistedQueries.hashOf(persisted);
			if (documentKey == null) {
				return null;
			}
		}
		String key = String.join("\n", this.fingerprint.get(), documentKey,
				(operationName != null) ? operationName : "", canonical(variables), canonical(otherExtensions),
				mediaType.toString());
		return "W/\"" + graphVersion + "-" + Sha256.hex(key).substring(0, 32) + "\"";
	}

	private String canonical(Object value) {
		return this.json.writeValueAsString(sorted(value));
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new TreeMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), sorted(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach((v) -> copy.add(sorted(v)));
			return copy;
		}
		return value;
	}

	/**
	 * Whether an {@code If-None-Match} header (any number of values, each a list of tags)
	 * names the tag, by weak comparison; {@code *} is left to {@link #matchesAny}.
	 */
	static boolean matches(List<String> ifNoneMatch, String tag) {
		String opaque = opaque(tag);
		for (String header : ifNoneMatch) {
			for (String candidate : header.split(",")) {
				String trimmed = candidate.strip();
				if (opaque(trimmed).equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether an {@code If-None-Match} is {@code *}: true for any current answer, which
	 * only running the request tells (an answer with errors is none).
	 */
	static boolean matchesAny(List<String> ifNoneMatch) {
		return ifNoneMatch.stream()
			.flatMap((header) -> Arrays.stream(header.split(",")))
			.anyMatch((candidate) -> candidate.strip().equals("*"));
	}

	private static String opaque(String tag) {
		String value = tag.startsWith("W/") ? tag.substring(2) : tag;
		return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

}
