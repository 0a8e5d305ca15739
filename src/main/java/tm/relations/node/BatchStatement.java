package tm.relations.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The statement of a batch-loaded field ({@code UNWIND $keys AS key ... RETURN key,
 * <columns>}), the columns it returns besides {@code key}, and how one row becomes one
 * item. It runs on its own for all the nodes of a batch ({@link #run}), or as a part of a
 * larger statement ({@link #collectOver}), so that a request asking for many fields of
 * one node can have them all in one round trip (see {@code country.CountryProfiles}).
 *
 * @param <V> one item of the field
 * @param cypher the statement; reads the node keys from {@code $keys} only
 * @param columns the columns it returns after {@code key}, in order
 * @param mapper one row (a record, or a map of the same columns) to one item
 */
public record BatchStatement<V>(String cypher, List<String> columns, Function<MapAccessor, V> mapper) {

	private static final String KEYS = "$keys";

	public BatchStatement {
		if (!cypher.contains(KEYS)) {
			throw new IllegalArgumentException("A batch statement reads its node keys from " + KEYS);
		}
		columns = List.copyOf(columns);
	}

	/**
	 * Runs the statement for these nodes, in the caller's read transaction.
	 * @param neo4j the client
	 * @param parameters the statement's parameters, {@code keys} among them
	 * @return the items by node key, in row order; nodes without items absent
	 */
	public Map<String, List<V>> run(Neo4jClient neo4j, Map<String, ?> parameters) {
		return KeyedRows.groupByKey(neo4j, this.cypher, parameters, this.mapper::apply);
	}

	/**
	 * Like {@link #run}, for fields of one value per node: the first item of each node.
	 * @param neo4j the client
	 * @param parameters the statement's parameters, {@code keys} among them
	 * @return the first item of each node key
	 */
	public Map<String, V> runFirst(Neo4jClient neo4j, Map<String, ?> parameters) {
		return KeyedRows.firstByKey(neo4j, this.cypher, parameters, this.mapper::apply);
	}

	/**
	 * This statement as an expression of a larger one: a {@code COLLECT} subquery giving
	 * its rows for the node keys in a list variable of the enclosing statement, each row
	 * as a map of {@code key} and the columns, in the statement's order. Its other
	 * parameters are the enclosing statement's.
	 * @param keysVariable the variable holding the node keys
	 * @return the subquery expression
	 */
	public String collectOver(String keysVariable) {
		String row = this.columns.stream()
			.map((column) -> column + ": " + column)
			.collect(Collectors.joining(", ", "{key: key, ", "}"));
		return "COLLECT { CALL (" + keysVariable + ") {\n" + this.cypher.replace(KEYS, keysVariable) + "\n} RETURN "
				+ row + " }";
	}

	/**
	 * This statement with one of its parameters renamed, for an enclosing statement whose
	 * parameter of that name means something else (an {@code asOf} of the field below
	 * against the {@code asOf} of the field above).
	 * @param name the parameter's name, without {@code $}
	 * @param renamed its new name
	 * @return the statement reading {@code $renamed} where it read {@code $name}
	 */
	public BatchStatement<V> withParameter(String name, String renamed) {
		return new BatchStatement<>(renameParameter(this.cypher, name, renamed), this.columns, this.mapper);
	}

	/**
	 * A statement with one of its parameters renamed (for any statement, not only a batch
	 * statement's: {@code country.CountryProfiles} renames a page's {@code asOf}).
	 * @param cypher the statement
	 * @param name the parameter's name, without {@code $}
	 * @param renamed its new name
	 * @return the statement reading {@code $renamed} where it read {@code $name}
	 */
	public static String renameParameter(String cypher, String name, String renamed) {
		return cypher.replaceAll("\\$" + Pattern.quote(name) + "\\b", Matcher.quoteReplacement("$" + renamed));
	}

	/**
	 * The items of the rows a {@link #collectOver} expression gave, by node key.
	 * @param rows the expression's value
	 * @return the items by node key, in row order; nodes without items absent
	 */
	public Map<String, List<V>> read(Value rows) {
		Map<String, List<V>> result = new LinkedHashMap<>();
		for (Value row : rows.values()) {
			result.computeIfAbsent(row.get("key").asString(), (key) -> new ArrayList<>()).add(this.mapper.apply(row));
		}
		return result;
	}

	/**
	 * Like {@link #read}, for fields of one value per node: the first item of each key.
	 * @param rows the expression's value
	 * @return the first item of each node key
	 */
	public Map<String, V> readFirst(Value rows) {
		Map<String, V> result = new LinkedHashMap<>();
		read(rows).forEach((key, items) -> result.put(key, items.get(0)));
		return result;
	}

	/**
	 * A mapper of rows that reads one node column as a {@link GraphNode}.
	 * @param column the column
	 * @return the mapper
	 */
	public static Function<MapAccessor, GraphNode> node(String column) {
		return (row) -> GraphNode.of(row.get(column).asNode());
	}

}
