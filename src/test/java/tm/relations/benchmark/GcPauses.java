package tm.relations.benchmark;

import tools.jackson.databind.JsonNode;

/**
 * The garbage collector's pauses of the service so far, as Micrometer counts them
 * ({@code jvm.gc.pause} on {@code /actuator/metrics}): read before and after a
 * measurement, they say how much of it the service stood still. Under steady load the
 * pauses, not the work, made most of the p99 (docs/performance.md, fifth round).
 *
 * @param count pauses so far (or between two readings)
 * @param nanos their total length
 * @param windowNanos between two readings: the wall time from the start of the earlier to
 * the end of the later, over which the pauses were counted; 0 for a single reading
 */
record GcPauses(long count, long nanos, long windowNanos) {

	static final GcPauses NONE = new GcPauses(0, 0, 0);

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
		return new GcPauses(count, Math.round(seconds * 1e9), 0);
	}

	/**
	 * The pauses between an earlier reading and this one.
	 * @param windowNanos wall time from the start of the earlier reading to the end of
	 * this one
	 */
	GcPauses since(GcPauses earlier, long windowNanos) {
		return new GcPauses(this.count - earlier.count, this.nanos - earlier.nanos, windowNanos);
	}

	/**
	 * The share of the window between two readings the service stood still, in percent;
	 * NaN when there is no window. The window, not the load's own elapsed time, is the
	 * denominator: a pause counted between the readings may fall outside the load (in the
	 * CPU and thread reads around it), and over a short load it alone can be longer than
	 * the load (the CI's smoke run saw 130 %). Micrometer hears of a pause after it ends
	 * (the JVM's notification is asynchronous), so over a window of a few milliseconds
	 * even this share can pass 100; over the benchmark's seconds it cannot in practice.
	 */
	double pausedPercent() {
		return (this.windowNanos <= 0) ? Double.NaN : 100.0 * this.nanos / this.windowNanos;
	}

}
