package tm.relations.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The benchmark: {@code mvn -Pbenchmark verify} (see the README, "Performance"). Starts
 * the packaged service in a fresh JVM and times its cold start, then for each scale
 * factor grows the graph ({@link SyntheticGraph}) and measures the representative queries
 * ({@link BenchmarkQueries}) over HTTP at each concurrency against their raw-Cypher
 * floors ({@link BenchmarkRun}), and writes {@code report.md} and {@code report.csv}
 * ({@link BenchmarkReport}). Never part of {@code mvn verify}: speed goals are measured
 * here, not asserted in timed unit tests.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		PrintStream out = System.out;
		BenchmarkReport report = new BenchmarkReport(settings);
		out.println("Benchmark: scales " + settings.scales() + ", concurrency " + settings.concurrencies()
				+ ", warm-up " + settings.warmup().toMillis() + " ms per query after " + settings.warmupAll().toMillis()
				+ " ms of all, measurement " + settings.duration().toMillis() + " ms; machine: "
				+ BenchmarkReport.machine() + "; load average " + BenchmarkReport.loadAverage());
		out.println("Starting the service "
				+ ((settings.serviceJar() != null) ? settings.serviceJar() : "from the class path")
				+ " in a fresh JVM, with an empty store ...");
		Path store = settings.output().resolve("store");
		deleteRecursively(store);
		Path jar = settings.serviceJar();
		List<String> jvmArguments = settings.serviceJvmArguments();
		boolean extract = settings.extracted() || settings.aotCache();
		if (extract) {
			if (jar == null) {
				throw new IllegalStateException(
						"bench.extracted and bench.aotCache need the packaged jar (bench.serviceJar)");
			}
			out.println("Extracting the jar ...");
			Files.createDirectories(settings.output());
			jar = ExtractedJar.extract(jar, settings.output().resolve("app"), settings.output().resolve("extract.log"));
		}
		if (settings.aotCache()) {
			out.println("Training the AOT cache ...");
			AotCache aot = AotCache.prepare(jar, jvmArguments, settings.output().resolve("aot"));
			out.println("AOT cache ready in " + BenchmarkReport.millis(aot.training()));
			report.note("The service started with the JVM's AOT cache (" + aot.jvmArgument()
					+ ", the extracted jar); training took " + BenchmarkReport.millis(aot.training())
					+ " before the run.");
			jvmArguments = Stream.concat(jvmArguments.stream(), Stream.of(aot.jvmArgument())).toList();
		}
		try {
			try (ServiceProcess first = ServiceProcess.start(jar, jvmArguments, store,
					settings.output().resolve("service-first-start.log"), Duration.ofMinutes(3),
					List.of("--graph.embedded.store-image=false"))) {
				if (settings.aotCache() && first.aotCacheError() != null) {
					throw new IllegalStateException("The JVM refused the AOT cache, so the start figures would be "
							+ "those of a start without it: " + first.aotCacheError());
				}
				report.start(first.coldStart(), first.reportedStartup(), first.scriptLoadTime(), first.residentBytes());
				out.println("Cold start to first answer: " + BenchmarkReport.millis(first.coldStart())
						+ "; script load: " + BenchmarkReport.millis(first.scriptLoadTime()) + "; RSS: "
						+ BenchmarkReport.megabytes(first.residentBytes()));
			}
			out.println("Starting it on another empty store, which receives the jar's store image ...");
			Path imageStore = settings.output().resolve("store-from-image");
			deleteRecursively(imageStore);
			try (ServiceProcess fromImage = ServiceProcess.start(jar, jvmArguments, imageStore,
					settings.output().resolve("service-image-start.log"), Duration.ofMinutes(3), List.of())) {
				if (fromImage.startedFromStoreImage()) {
					report.imageStart(fromImage.coldStart(), fromImage.reportedStartup(), fromImage.residentBytes());
					out.println("Cold start from the store image to first answer: "
							+ BenchmarkReport.millis(fromImage.coldStart()));
				}
				else {
					report.note("The jar holds no store image of its scripts (built with -DstoreImage.skip=true, "
							+ "or run from the class path): no start from the image was measured.");
					out.println("No store image used (see service-image-start.log)");
				}
			}
			finally {
				deleteRecursively(imageStore);
			}
			out.println("Starting it again on the first store (the scripts already applied) ...");
			try (ServiceProcess service = ServiceProcess.start(jar, jvmArguments, store,
					settings.output().resolve("service.log"), Duration.ofMinutes(3), List.of())) {
				report.restart(service.coldStart(), service.reportedStartup());
				out.println("Restart to first answer: " + BenchmarkReport.millis(service.coldStart()));
				report.service(
						service.description()
								+ ((jar == null) ? ", main class from the class path"
										: ", java -jar " + jar.getFileName()
												+ (extract ? " (extracted)" : " (packaged)"))
								+ (jvmArguments.isEmpty() ? ", default JVM options" : ", JVM options " + jvmArguments));
				measureScales(service, settings, report, out);
			}
		}
		finally {
			deleteRecursively(store);
		}
		Path written = report.write();
		out.println();
		out.println(report.markdown());
		out.println("Written to " + written.toAbsolutePath() + " and report.csv beside it.");
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	/**
	 * Grows the graph to each scale factor in turn and measures every query there,
	 * writing the report after each scale so that a long run leaves figures behind.
	 */
	static void measureScales(ServiceUnderTest service, BenchmarkSettings settings, BenchmarkReport report,
			PrintStream out) throws Exception {
		Config config = Config.builder().withMaxConnectionPoolSize(64).build();
		try (Driver driver = GraphDatabase.driver(service.boltUri().toString(), AuthTokens.none(), config)) {
			SyntheticGraph graph = SyntheticGraph.of(driver);
			out.println("Template: " + graph.templateSize());
			BenchmarkRun run = new BenchmarkRun(service, driver, settings, out);
			boolean warmedUp = false;
			for (int scale : settings.scales()) {
				Duration generation = Duration.ZERO;
				if (scale > graph.scale()) {
					out.println("Growing the graph to x" + scale + " ...");
					generation = graph.growTo(scale);
				}
				else if (scale < graph.scale()) {
					report.note("x" + scale + " skipped: the graph is already at x" + graph.scale());
					continue;
				}
				Map<String, Long> size = graph.size();
				out.println("x" + scale + ": " + size + ", generated in " + BenchmarkReport.millis(generation));
				if (!warmedUp && !settings.warmupAll().isZero()) {
					out.println("Warming up: all queries in turn for " + settings.warmupAll().toMillis() + " ms ...");
					run.warmUpAll(settings.warmupAll());
				}
				else if (warmedUp && !generation.isZero() && !settings.warmupGrown().isZero()) {
					out.println("Warming up after growth: all queries in turn for " + settings.warmupGrown().toMillis()
							+ " ms ...");
					run.warmUpAll(settings.warmupGrown());
				}
				warmedUp = true;
				report.add(run.measure(scale));
				report.scale(scale, size, generation, service.residentBytes());
				report.write();
			}
		}
	}

}
