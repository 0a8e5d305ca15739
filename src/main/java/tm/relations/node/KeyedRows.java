package tm.relations.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs one statement for many nodes and groups its rows by the {@code key} column, in row
 * order: the shape of every batch-loaded field.
 */
public final class KeyedRows {

	private KeyedRows() {
	}

	/**
	 * Runs the statement and maps each row; rows are grouped by their {@code key} column.
	 * @param <V> one mapped row
	 * @param neo4j the client (joins the caller's read transaction)
	 * @param cypher the statement, with a {@code key} column
	 * @param parameters its parameters (null values allowed)
	 * @param mapper maps a row
	 * @return the mapped rows by key, in row order
	 */
	public static <V> Map<String, List<V>> groupByKey(Neo4jClient neo4j, String cypher, Map<String, ?> parameters,
			Function<Record, V> mapper) {
		Map<String, List<V>> result = new LinkedHashMap<>();
		for (Object[] row : rows(neo4j, cypher, parameters, (record) -> mapper.apply(record))) {
			@SuppressWarnings("unchecked")
			V value = (V) row[1];
			result.computeIfAbsent((String) row[0], (k) -> new ArrayList<>()).add(value);
		}
		return result;
	}

	/**
	 * Like {@link #groupByKey} for fields of one value per node: the first row of each
	 * key.
	 * @param <V> one mapped row
	 * @param neo4j the client
	 * @param cypher the statement, with a {@code key} column
	 * @param parameters its parameters
	 * @param mapper maps a row
	 * @return the first mapped row of each key
	 */
	public static <V> Map<String, V> firstByKey(Neo4jClient neo4j, String cypher, Map<String, ?> parameters,
			Function<Record, V> mapper) {
		Map<String, V> result = new LinkedHashMap<>();
		groupByKey(neo4j, cypher, parameters, mapper).forEach((key, values) -> result.put(key, values.get(0)));
		return result;
	}

	/**
	 * Parameters from name/value pairs; unlike {@code Map.of}, values may be null.
	 * @param namesAndValues name, value, name, value, ...
	 * @return the parameters
	 */
	public static Map<String, Object> parameters(Object... namesAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

	private static Collection<Object[]> rows(Neo4jClient neo4j, String cypher, Map<String, ?> parameters,
			Function<Record, Object> mapper) {
		return neo4j.query(cypher)
			.bindAll(new HashMap<>(parameters))
			.fetchAs(Object[].class)
			.mappedBy((types, record) -> new Object[] { record.get("key").asString(), mapper.apply(record) })
			.all();
	}

}
