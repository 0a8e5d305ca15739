package tm.relations.benchmark;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * One representative request of the benchmark and its floor.
 *
 * @param name short name, used in the report
 * @param question what it asks, for the report
 * @param document the GraphQL document sent to the service
 * @param variables its variables
 * @param floor one hand-written Cypher statement that produces the same answer, run
 * through the Java driver directly
 * @param floorParameters the floor's parameters
 * @param apiItems how many items the GraphQL answer holds (partners' connections, paths,
 * hits ...), to compare with the floor's and to relate cost to answer size
 * @param floorItems the same count over the floor's records
 */
record BenchmarkQuery(String name, String question, String document, Map<String, Object> variables, String floor,
		Map<String, Object> floorParameters, ToIntFunction<JsonNode> apiItems, ToIntFunction<List<Record>> floorItems) {

	/** Sum of the sizes of the arrays at these paths under {@code data}. */
	static ToIntFunction<JsonNode> arrays(String... paths) {
		return (answer) -> {
			int items = 0;
			for (String path : paths) {
				items += count(answer.path("data"), path.split("\\."), 0);
			}
			return items;
		};
	}

	/** Array sizes at a dotted path; arrays on the way are walked element by element. */
	private static int count(JsonNode node, String[] path, int depth) {
		if (node.isArray()) {
			if (depth == path.length) {
				return node.size();
			}
			int items = 0;
			for (JsonNode element : node) {
				items += count(element, path, depth);
			}
			return items;
		}
		if (depth == path.length || node.isMissingNode() || node.isNull()) {
			return 0;
		}
		return count(node.path(path[depth]), path, depth + 1);
	}

	/** Number of records. */
	static ToIntFunction<List<Record>> rows() {
		return List::size;
	}

	/** Sum of the sizes of these list columns over all records. */
	static ToIntFunction<List<Record>> lists(String... columns) {
		return (records) -> {
			int items = 0;
			for (Record record : records) {
				for (String column : columns) {
					items += record.get(column).isNull() ? 0 : record.get(column).size();
				}
			}
			return items;
		};
	}

}
