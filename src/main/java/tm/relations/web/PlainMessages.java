package tm.relations.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites graphql-java's validation and coercion messages in the client's terms: its
 * messages print argument values in the notation of its syntax tree
 * ({@code 'IntValue{value=2147483648}'}, {@code 'EnumValue{name='R003'}'}) and name Java
 * classes ({@code it was a 'LinkedHashMap'}), which a client never wrote and cannot look
 * up. Values become GraphQL literals ({@code 2147483648}, {@code R003}, {@code ["a"]})
 * and class names the kind of value they hold ({@code an object}). Any other text is left
 * as it is.
 */
final class PlainMessages {

	/** Syntax-tree values without nested values, and what they read as in GraphQL. */
	private static final Map<Pattern, String> LEAVES = new LinkedHashMap<>();

	static {
		LEAVES.put(Pattern.compile("StringValue\\{value='(.*?)'}"), "\"$1\"");
		LEAVES.put(Pattern.compile("(?:IntValue|FloatValue|BooleanValue)\\{value=([^{}]*?)}"), "$1");
		LEAVES.put(Pattern.compile("EnumValue\\{name='(\\w+)'}"), "$1");
		LEAVES.put(Pattern.compile("VariableReference\\{name='(\\w+)'}"), "\\$$1");
		LEAVES.put(Pattern.compile("NullValue\\{}"), "null");
	}

	private static final String OPEN_LIST = "\u0001";

	private static final String CLOSE_LIST = "\u0002";

	private static final String OPEN_OBJECT = "\u0003";

	private static final String CLOSE_OBJECT = "\u0004";

	private static final Pattern LIST = Pattern.compile("ArrayValue\\{values=\\[([^\\[\\]{}]*)]}");

	private static final Pattern FIELD = Pattern.compile("ObjectField\\{name='(\\w+)', value=([^{}]*?)}");

	private static final Pattern OBJECT = Pattern.compile("ObjectValue\\{objectFields=\\[([^\\[\\]{}]*)]}");

	/**
	 * Where graphql-java names the type of a value (a syntax-tree type or a Java class),
	 * and the type: only there, so that GraphQL's own type names ({@code 'String'}) stay.
	 */
	private static final Pattern KIND = Pattern.compile(
			"(Expected an AST type of|it was a) '(StringValue|IntValue|FloatValue|BooleanValue|EnumValue|ArrayValue|"
					+ "ObjectValue|NullValue|String|Integer|Long|BigInteger|Double|Float|BigDecimal|Boolean|"
					+ "LinkedHashMap|HashMap|ArrayList|List)'");

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("StringValue", "a string"),
			Map.entry("String", "a string"), Map.entry("IntValue", "an integer"), Map.entry("Integer", "an integer"),
			Map.entry("Long", "an integer"), Map.entry("BigInteger", "an integer"), Map.entry("FloatValue", "a float"),
			Map.entry("Double", "a float"), Map.entry("Float", "a float"), Map.entry("BigDecimal", "a float"),
			Map.entry("BooleanValue", "a boolean"), Map.entry("Boolean", "a boolean"),
			Map.entry("EnumValue", "an enum value"), Map.entry("ArrayValue", "a list"),
			Map.entry("ArrayList", "a list"), Map.entry("List", "a list"), Map.entry("ObjectValue", "an object"),
			Map.entry("LinkedHashMap", "an object"), Map.entry("HashMap", "an object"), Map.entry("NullValue", "null"));

	private PlainMessages() {
	}

	/** The message with syntax-tree values and class names put plainly. */
	static String plain(String message) {
		if (message == null || !(message.contains("Value") || message.contains("it was a '"))) {
			return message;
		}
		String plain = message;
		for (Map.Entry<Pattern, String> leaf : LEAVES.entrySet()) {
			plain = leaf.getKey().matcher(plain).replaceAll(leaf.getValue());
		}
		// Lists and objects from the inside out: each pass replaces those holding no
		// other. Their new brackets are stand-ins until the end, so that they do not stop
		// the patterns of the lists and objects around them.
		for (int pass = 0; pass < 8; pass++) {
			String before = plain;
			plain = LIST.matcher(plain).replaceAll(OPEN_LIST + "$1" + CLOSE_LIST);
			plain = FIELD.matcher(plain).replaceAll("$1: $2");
			plain = OBJECT.matcher(plain).replaceAll(OPEN_OBJECT + "$1" + CLOSE_OBJECT);
			if (plain.equals(before)) {
				break;
			}
		}
		plain = plain.replace(OPEN_LIST, "[")
			.replace(CLOSE_LIST, "]")
			.replace(OPEN_OBJECT, "{")
			.replace(CLOSE_OBJECT, "}");
		return KIND.matcher(plain)
			.replaceAll((match) -> Matcher.quoteReplacement(
					(match.group(1).startsWith("Expected") ? "Expected " : "it was ") + KINDS.get(match.group(2))));
	}

}
