package tm.relations.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The running schema as introspection tells it, for tests that cover every query field
 * without naming them: new fields are covered as they are added.
 */
final class SchemaFields {

	private static final String INTROSPECTION = """
			{ __schema {
			    queryType { name }
			    types {
			      name kind
			      fields { name args { name defaultValue type { ...T } } type { ...T } }
			      inputFields { name defaultValue type { ...T } }
			      enumValues { name }
			      possibleTypes { name }
			    }
			} }
			fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
			""";

	final List<Field> queryFields;

	final Map<String, JsonNode> types = new LinkedHashMap<>();

	final Map<String, List<Field>> fields = new LinkedHashMap<>();

	SchemaFields(HttpProbe probe) {
		JsonNode schema = probe.query(INTROSPECTION).json().path("data").path("__schema");
		for (JsonNode type : schema.path("types").values()) {
			String typeName = type.path("name").asString();
			this.types.put(typeName, type);
			List<Field> typeFields = new ArrayList<>();
			for (JsonNode field : type.path("fields").values()) {
				List<Input> args = new ArrayList<>();
				for (JsonNode arg : field.path("args").values()) {
					args.add(new Input(arg.path("name").asString(), arg.path("type"),
							!arg.path("defaultValue").isNull() && !arg.path("defaultValue").isMissingNode()));
				}
				typeFields.add(new Field(field.path("name").asString(), args, field.path("type")));
			}
			this.fields.put(typeName, typeFields);
		}
		this.queryFields = this.fields.get(schema.path("queryType").path("name").asString());
	}

	/** The object types a type may be at run time: itself, or its implementations. */
	List<String> possibleTypes(String typeName) {
		JsonNode type = this.types.get(typeName);
		if (type == null || !type.path("possibleTypes").isArray()) {
			return List.of(typeName);
		}
		return type.path("possibleTypes").values().stream().map((t) -> t.path("name").asString()).toList();
	}

	/** The type reference as written in a variable definition, e.g. {@code [ID!]!}. */
	static String typeName(JsonNode type) {
		return switch (type.path("kind").asString()) {
			case "NON_NULL" -> typeName(type.path("ofType")) + "!";
			case "LIST" -> "[" + typeName(type.path("ofType")) + "]";
			default -> type.path("name").asString();
		};
	}

	/** The named type below list and non-null wrappers. */
	static JsonNode named(JsonNode type) {
		JsonNode current = type;
		while (current.path("ofType").isObject()) {
			current = current.path("ofType");
		}
		return current;
	}

	static boolean required(JsonNode type) {
		return "NON_NULL".equals(type.path("kind").asString());
	}

	static boolean isList(JsonNode type) {
		JsonNode current = required(type) ? type.path("ofType") : type;
		return "LIST".equals(current.path("kind").asString());
	}

	/** A selection that is valid below a field of this type: none for leaves. */
	static String selection(JsonNode type) {
		String kind = named(type).path("kind").asString();
		return (kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION")) ? " { __typename }" : "";
	}

	/** A plausible value of a type, for required arguments that are not under test. */
	Object sample(JsonNode type) {
		if (isList(type)) {
			JsonNode item = required(type) ? type.path("ofType").path("ofType") : type.path("ofType");
			return List.of(sample(item));
		}
		JsonNode named = named(type);
		String name = named.path("name").asString();
		return switch (named.path("kind").asString()) {
			case "ENUM" -> this.types.get(name).path("enumValues").path(0).path("name").asString();
			case "INPUT_OBJECT" -> {
				Map<String, Object> value = new LinkedHashMap<>();
				for (JsonNode field : this.types.get(name).path("inputFields").values()) {
					if (required(field.path("type")) && field.path("defaultValue").isNull()) {
						value.put(field.path("name").asString(), sample(field.path("type")));
					}
				}
				yield value;
			}
			default -> switch (name) {
				case "Int" -> 5;
				case "Float" -> 1.5;
				case "Boolean" -> false;
				case "ID" -> "Country:japan";
				default -> "japan";
			};
		};
	}

	/**
	 * Every place a string can go in a field's arguments: a {@code String} or {@code ID}
	 * argument (or list of them), or such a field of an input-object argument, one level
	 * deep.
	 */
	List<StringSlot> stringSlots(Field field) {
		List<StringSlot> slots = new ArrayList<>();
		for (Input arg : field.args()) {
			JsonNode named = named(arg.type());
			String name = named.path("name").asString();
			if (name.equals("String") || name.equals("ID")) {
				slots.add(new StringSlot(field, arg, null));
			}
			else if ("INPUT_OBJECT".equals(named.path("kind").asString())) {
				for (JsonNode inner : this.types.get(name).path("inputFields").values()) {
					String innerName = named(inner.path("type")).path("name").asString();
					if (innerName.equals("String") || innerName.equals("ID")) {
						slots.add(new StringSlot(field, arg, inner));
					}
				}
			}
		}
		return slots;
	}

	/**
	 * The request that puts {@code payload} into the slot: the document and its
	 * variables, every argument as a variable.
	 */
	Request request(StringSlot slot, String payload) {
		StringBuilder definitions = new StringBuilder();
		StringBuilder arguments = new StringBuilder();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (Input arg : slot.field().args()) {
			Object value;
			if (arg.equals(slot.argument())) {
				value = (slot.inputField() != null) ? inputWith(arg, slot.inputField(), payload)
						: (isList(arg.type()) ? List.of(payload) : payload);
			}
			else if (required(arg.type()) && !arg.hasDefault()) {
				value = sample(arg.type());
			}
			else {
				continue;
			}
			definitions.append(definitions.isEmpty() ? "" : ", ")
				.append('$')
				.append(arg.name())
				.append(": ")
				.append(typeName(arg.type()));
			arguments.append(arguments.isEmpty() ? "" : ", ").append(arg.name()).append(": $").append(arg.name());
			variables.put(arg.name(), value);
		}
		String document = (definitions.isEmpty() ? "query" : "query(" + definitions + ")") + " { " + slot.field().name()
				+ (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection(slot.field().type()) + " }";
		return new Request(document, variables);
	}

	@SuppressWarnings("unchecked")
	private Object inputWith(Input arg, JsonNode inputField, String payload) {
		Object sample = sample(arg.type());
		Map<String, Object> value = new LinkedHashMap<>(
				(Map<String, Object>) ((sample instanceof List<?> list) ? list.get(0) : sample));
		value.put(inputField.path("name").asString(), isList(inputField.path("type")) ? List.of(payload) : payload);
		return (sample instanceof List<?>) ? List.of(value) : value;
	}

	record Field(String name, List<Input> args, JsonNode type) {
	}

	record Input(String name, JsonNode type, boolean hasDefault) {
	}

	/**
	 * A place for a string.
	 *
	 * @param field the query field
	 * @param argument its argument
	 * @param inputField the field of the argument's input type, or null for the argument
	 * itself
	 */
	record StringSlot(Field field, Input argument, JsonNode inputField) {

		@Override
		public String toString() {
			return this.field.name() + "(" + this.argument.name()
					+ ((this.inputField != null) ? "." + this.inputField.path("name").asString() : "") + ")";
		}

	}

	record Request(String document, Map<String, Object> variables) {
	}

}
