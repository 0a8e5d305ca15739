package tm.relations.benchmark;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Counts the Cypher statements the service sends to Neo4j, as the tests do
 * ({@code RoundTripTests}): from the Micrometer observations the Neo4j driver reports for
 * every statement it runs, in a transaction ({@code neo4j.db.client.transaction.run}) or
 * on its own ({@code neo4j.db.client.session.run}). The service exposes their timers
 * through Actuator, so the harness reads the counts from {@code /actuator/metrics} before
 * and after a few sequential requests and divides.
 */
final class StatementCounter {

	static final List<String> METRICS = List.of("neo4j.db.client.transaction.run.duration",
			"neo4j.db.client.session.run.duration", "neo4j.db.client.transaction.run", "neo4j.db.client.session.run");

	private final GraphQlClient client;

	StatementCounter(GraphQlClient client) {
		this.client = client;
	}

	/** Statements run so far by the service; -1 when its metrics are not available. */
	long statements() throws Exception {
		String list = this.client.get("/actuator/metrics");
		if (list == null) {
			return -1;
		}
		JsonNode names = GraphQlClient.parse(list).path("names");
		long total = 0;
		for (JsonNode name : names) {
			if (!METRICS.contains(name.asString())) {
				continue;
			}
			String metric = this.client.get("/actuator/metrics/" + name.asString());
			if (metric == null) {
				continue;
			}
			for (JsonNode measurement : GraphQlClient.parse(metric).path("measurements")) {
				if ("COUNT".equals(measurement.path("statistic").asString())) {
					total += measurement.path("value").asLong();
				}
			}
		}
		return total;
	}

	/**
	 * Statements per request of {@code request}, sent {@code times} times one after the
	 * other; -1 when the service's metrics are not available.
	 */
	double perRequest(GraphQlClient.Request request, int times) throws Exception {
		long before = statements();
		if (before < 0) {
			return -1;
		}
		for (int i = 0; i < times; i++) {
			request.send();
		}
		// The driver ends an observation when the result is consumed, which is before the
		// answer is written; a short pause covers any that end late.
		Thread.sleep(50);
		return (statements() - before) / (double) times;
	}

}
