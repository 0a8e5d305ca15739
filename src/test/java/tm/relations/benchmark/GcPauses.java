package tm.relations.benchmark;

import tools.jackson.databind.JsonNode;

/**
 * The garbage collector's pauses of the service so far, as Micrometer counts them
 * ({@code jvm.gc.pause} on {@code /actuator/metrics}): read before and after a
 * measurement, they say how much of it the service stood still. Under steady load the
 * pauses, not the work, made most of the p99 (README "Performance", fifth round).
 *
 * @param count pauses so far
 * @param nanos their total length
 */
record GcPauses(long count, long nanos) {

	static final GcPauses NONE = new GcPauses(0, 0);

	/**
	 * The pauses so far; {@link #NONE} before the first collection (the timer appears
	 * with it); null when the service has no metrics endpoint.
	 */
	static GcPauses read(GraphQlClient client) throws Exception {
		if (client.get("/actuator/metrics") == null) {
			return null;
		}
		String metric = client.get("/actuator/metrics/jvm.gc.pause");
		if (metric == null) {
			return NONE;
		}
		long count = 0;
		double seconds = 0;
		for (JsonNode measurement : GraphQlClient.parse(metric).path("measurements")) {
			switch (measurement.path("statistic").asString()) {
				case "COUNT" -> count = measurement.path("value").asLong();
				case "TOTAL_TIME" -> seconds = measurement.path("value").asDouble();
				default -> {
				}
			}
		}
		return new GcPauses(count, Math.round(seconds * 1e9));
	}

	/** The pauses between an earlier reading and this one. */
	GcPauses since(GcPauses earlier) {
		return new GcPauses(this.count - earlier.count, this.nanos - earlier.nanos);
	}

}
