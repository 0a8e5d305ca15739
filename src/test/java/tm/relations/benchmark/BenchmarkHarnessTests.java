package tm.relations.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import tm.relations.GraphApiTestSupport;
import tm.relations.loading.EmbeddedNeo4jServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke test of the benchmark harness itself, not of speed: at x1, against this test
 * run's own service, a handful of requests per query. It asserts that the harness
 * produces a report with a row per query and concurrency, answers without errors,
 * statements counted and floors that find the same items; never a timing.
 */
class BenchmarkHarnessTests extends GraphApiTestSupport {

	@Autowired
	private EmbeddedNeo4jServer neo4j;

	@Test
	void producesAReportWithARowForEveryQueryAndConcurrency(@TempDir Path output) throws Exception {
		BenchmarkSettings settings = new BenchmarkSettings(List.of(1), List.of(1, 2), Duration.ZERO,
				Duration.ofMillis(1), Duration.ZERO, Duration.ofMillis(1), 4, Duration.ofMinutes(5), List.of(), output,
				null, List.of(), false, false, "smoke test");
		BenchmarkReport report = new BenchmarkReport(settings);
		ServiceUnderTest service = new ServiceUnderTest.Running(URI.create("http://127.0.0.1:" + this.port),
				this.neo4j.boltUri(), ProcessHandle.current().pid(), "this test's application context");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Benchmark.measureScales(service, settings, report, new PrintStream(printed, true, StandardCharsets.UTF_8));
		report.write();

		List<BenchmarkQuery> queries = BenchmarkQueries.all();
		assertThat(queries).extracting(BenchmarkQuery::name)
			.containsExactly("country-nested", "energy-partners", "energy-partners-page", "shortest-path", "all-paths",
					"all-paths-to-hub", "search", "revision-diff", "counterparts-page");
		assertThat(report.rows()).hasSize(queries.size() * 2).allSatisfy((row) -> {
			assertThat(row.failure()).as(row.query()).isNull();
			assertThat(row.service().errors()).as(row.query()).isZero();
			assertThat(row.service().requests()).as(row.query()).isPositive();
			assertThat(row.floor().requests()).as(row.query()).isPositive();
			assertThat(row.statements()).as(row.query()).isPositive();
			assertThat(row.apiItems()).as(row.query()).isPositive().isEqualTo(row.floorItems());
			// The service's CPU per request is read from the process (here the test's own
			// JVM, so it includes the driver); a broken reading would be NaN.
			assertThat(row.service().serviceCpuMillisPerRequest()).as(row.query()).isNotNaN().isNotNegative();
			assertThat(row.floor().serviceCpuMillisPerRequest()).as(row.query()).isNotNaN().isNotNegative();
			// The garbage collector's pauses come from the service's metrics, which this
			// service has: never unknown, never negative. (No upper bound on the share:
			// over this smoke run's milliseconds one late-notified pause can pass 100 %,
			// see GcPauses#pausedPercent.)
			assertThat(row.service().gcPauses()).as(row.query()).isNotNull();
			assertThat(row.service().gcPauses().count()).as(row.query()).isNotNegative();
			assertThat(row.service().gcPauses().windowNanos()).as(row.query())
				.isGreaterThanOrEqualTo(row.service().elapsedNanos());
			assertThat(row.service().gcPausedPercent()).as(row.query()).isNotNaN().isNotNegative();
			// The requests measured were parsed and costed during the warm-up: the
			// document
			// and operation caches hit every one; the answer cache is off in the tests.
			assertThat(row.service().cacheGets()).as(row.query()).isNotNull();
			assertThat(row.service().cacheHitPercent("graphql.documents")).as(row.query()).isEqualTo(100.0);
			assertThat(row.service().cacheHitPercent("graphql.operations")).as(row.query()).isEqualTo(100.0);
			assertThat(row.service().cacheGets().runs("graphql.responses")).as(row.query()).isFalse();
		});
		String markdown = Files.readString(output.resolve("report.md"));
		assertThat(markdown).contains("## Caches");
		queries.forEach((query) -> assertThat(markdown).contains("| x1 | " + query.name() + " | 1 |")
			.contains("| x1 | " + query.name() + " | 2 |"));
		assertThat(markdown).contains("## Aims").contains("| x floor CPU |");
		if (Files.isDirectory(Path.of("/proc/self/task"))) {
			// Every row has the breakdown by kind of thread, and the service's threads
			// (this JVM's) show CPU over the run; a broken reading of /proc would be
			// empty
			// or zero.
			assertThat(markdown).contains("## Where the service's CPU went").contains("| GC paused % | GC pause ms |");
			assertThat(report.rows()).allSatisfy((row) -> assertThat(row.service().serviceThreads())
				.containsKeys("web + GraphQL", "Neo4j queries", "Bolt I/O", "GC", "JIT", ThreadCpu.OTHER));
			assertThat(report.rows()
				.stream()
				.flatMap((row) -> row.service().serviceThreads().values().stream())
				.mapToDouble(Double::doubleValue)
				.sum()).isPositive();
			assertThat(ThreadCpu.kindOf("ForkJoinPool-1-worker-1")).isEqualTo("web + GraphQL");
			assertThat(ThreadCpu.kindOf("neo4j.BoltWorker-3 [bolt]")).isEqualTo("Neo4j queries");
			assertThat(ThreadCpu.kindOf("C2 CompilerThread0")).isEqualTo("JIT");
		}
		assertThat(Files.readAllLines(output.resolve("report.csv"))).hasSize(1 + queries.size() * 2);
	}

}
