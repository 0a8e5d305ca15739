package tm.relations.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to run, from system properties (all optional):
 * <ul>
 * <li>{@code bench.scales}: scale factors, default {@code 1,10,100} ({@code 1000} is
 * opt-in: a few minutes more);</li>
 * <li>{@code bench.concurrency}: concurrent callers, default {@code 1,16};</li>
 * <li>{@code bench.warmup}: warm-up per query and scale, default {@code 3s};</li>
 * <li>{@code bench.warmupAll}: before the first scale, all the selected queries in turn
 * at the highest concurrency, default {@code 0s} ({@code 20s} in the Maven profile): the
 * JIT compiles the code paths every query shares, so the first query measured is not the
 * least warm;</li>
 * <li>{@code bench.warmupGrown}: after the graph grew (every scale but the first), all
 * the selected queries in turn at the highest concurrency again, default {@code 0s}
 * ({@code 10s} in the Maven profile): the database plans its statements again for the
 * larger graph, so the first query measured there is otherwise the least warm (at x1000
 * the nested country question took 23.7 ms after 2 s of its own warm-up, 9.9 ms after 40
 * s);</li>
 * <li>{@code bench.duration}: measurement per query, scale and concurrency, default
 * {@code 4s} (for the service and again for the floor);</li>
 * <li>{@code bench.maxRequests}: request budget of one measurement, default
 * {@code 100000};</li>
 * <li>{@code bench.slowLimit}: a query whose single request takes longer at a scale is
 * not measured under load there (reported as such), default {@code 5s};</li>
 * <li>{@code bench.queries}: a comma-separated subset of the query names;</li>
 * <li>{@code bench.out}: where the report goes, default {@code target/benchmark};</li>
 * <li>{@code bench.serviceJar}: the packaged service to start (the Maven profile passes
 * it); without it the main class runs from this JVM's class path;</li>
 * <li>{@code bench.serviceJvmArgs}: extra JVM arguments of the service, space
 * separated;</li>
 * <li>{@code bench.extracted}: {@code true} (the default) starts the service from its jar
 * extracted as for deployment ({@link ExtractedJar}), {@code false} from the packaged jar
 * as it is;</li>
 * <li>{@code bench.aotCache}: {@code true} (the default, as the {@code Dockerfile}
 * deploys it) starts the service with the JVM's AOT cache, trained once before the run
 * ({@link AotCache}); {@code false} without;</li>
 * <li>{@code bench.command}: the command line, for the report;</li>
 * <li>{@code bench.country}: the country of the nested query, default Germany.</li>
 * </ul>
 *
 * @param scales scale factors, ascending
 * @param concurrencies concurrent callers
 * @param warmup warm-up time per query and scale
 * @param warmupAll warm-up time of all queries together, before the first scale
 * @param warmupGrown warm-up time of all queries together, after the graph grew
 * @param duration measurement time
 * @param maxRequests request budget of one measurement
 * @param slowLimit longest single request of a query still measured under load
 * @param queries names of the queries to run, empty for all
 * @param output report directory
 * @param serviceJar the service jar, or null
 * @param serviceJvmArguments extra JVM arguments of the service
 * @param extracted whether the service starts from its extracted jar
 * @param aotCache whether the service starts with the JVM's AOT cache (from the extracted
 * jar)
 * @param command the command that ran the benchmark
 */
record BenchmarkSettings(List<Integer> scales, List<Integer> concurrencies, Duration warmup, Duration warmupAll,
		Duration warmupGrown, Duration duration, long maxRequests, Duration slowLimit, List<String> queries,
		Path output, Path serviceJar, List<String> serviceJvmArguments, boolean extracted, boolean aotCache,
		String command) {

	static BenchmarkSettings fromSystemProperties() {
		String jar = System.getProperty("bench.serviceJar", "");
		String jvm = System.getProperty("bench.serviceJvmArgs", "").strip();
		return new BenchmarkSettings(
				integers(System.getProperty("bench.scales", "1,10,100")).stream().sorted().toList(),
				integers(System.getProperty("bench.concurrency", "1,16")),
				duration(System.getProperty("bench.warmup", "3s")),
				duration(System.getProperty("bench.warmupAll", "0s")),
				duration(System.getProperty("bench.warmupGrown", "0s")),
				duration(System.getProperty("bench.duration", "4s")),
				Long.parseLong(System.getProperty("bench.maxRequests", "100000")),
				duration(System.getProperty("bench.slowLimit", "5s")), names(System.getProperty("bench.queries", "")),
				Path.of(System.getProperty("bench.out", "target/benchmark")),
				(jar.isBlank() || !Path.of(jar).toFile().isFile()) ? null : Path.of(jar),
				jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")),
				Boolean.parseBoolean(System.getProperty("bench.extracted", "true")),
				Boolean.parseBoolean(System.getProperty("bench.aotCache", "true")),
				System.getProperty("bench.command", "mvn -Pbenchmark verify"));
	}

	/** The queries to run. */
	List<BenchmarkQuery> selectedQueries() {
		return BenchmarkQueries.all()
			.stream()
			.filter((query) -> this.queries.isEmpty() || this.queries.contains(query.name()))
			.toList();
	}

	private static List<Integer> integers(String text) {
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.map(Integer::valueOf)
			.toList();
	}

	private static List<String> names(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** {@code 4s}, {@code 500ms}, {@code 2m}, or a number of seconds. */
	static Duration duration(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		if (value.endsWith("s")) {
			return Duration.ofMillis((long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
		}
		if (value.endsWith("m")) {
			return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)) * 60);
		}
		return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
	}

}
