package tm.relations.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import tm.relations.benchmark.LoadDriver.Measurement;

/**
 * Measures the queries against one running service at its current scale: for each query,
 * a warm-up, the statements per request, then for each concurrency the service over HTTP
 * and the floor statement through the Java driver, one after the other in the same run.
 */
final class BenchmarkRun {

	/** Sequential requests over which statements per request are counted. */
	private static final int COUNTED_REQUESTS = 3;

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final ServiceUnderTest service;

	private final Driver driver;

	private final BenchmarkSettings settings;

	private final PrintStream out;

	BenchmarkRun(ServiceUnderTest service, Driver driver, BenchmarkSettings settings, PrintStream out) {
		this.service = service;
		this.driver = driver;
		this.settings = settings;
		this.out = out;
	}

	/** Every selected query at every concurrency, at the graph's current scale. */
	List<BenchmarkReport.Row> measure(int scale) throws Exception {
		List<BenchmarkReport.Row> rows = new ArrayList<>();
		try (GraphQlClient client = new GraphQlClient(this.service.baseUri())) {
			StatementCounter counter = new StatementCounter(client);
			for (BenchmarkQuery query : this.settings.selectedQueries()) {
				rows.addAll(measure(scale, query, client, counter));
			}
		}
		return rows;
	}

	/**
	 * All the selected queries in turn, at the highest concurrency, for the given time
	 * (nothing when zero); answers and failures are not looked at.
	 */
	void warmUpAll(Duration duration) {
		if (duration.isZero()) {
			return;
		}
		try (GraphQlClient client = new GraphQlClient(this.service.baseUri())) {
			List<GraphQlClient.Request> requests = this.settings.selectedQueries()
				.stream()
				.map((query) -> client.request(query.document(), query.variables()))
				.toList();
			AtomicInteger next = new AtomicInteger();
			int concurrency = this.settings.concurrencies().stream().max(Integer::compare).orElse(1);
			LoadDriver.run(() -> requests.get(Math.floorMod(next.getAndIncrement(), requests.size())).send().length(),
					concurrency, duration, this.settings.maxRequests());
		}
	}

	private List<BenchmarkReport.Row> measure(int scale, BenchmarkQuery query, GraphQlClient client,
			StatementCounter counter) throws Exception {
		GraphQlClient.Request request = client.request(query.document(), query.variables());
		String answer;
		long started = System.nanoTime();
		try {
			answer = request.send();
		}
		catch (Exception ex) {
			this.out.printf("x%-5d %-18s fails: %s%n", scale, query.name(), ex.getMessage());
			return failed(scale, query, String.valueOf(ex.getMessage()));
		}
		long single = (System.nanoTime() - started) / 1_000_000;
		if (single > this.settings.slowLimit().toMillis()) {
			String reason = "not measured under load: one request took " + single + " ms (answer "
					+ answer.length() / 1024 + " KB), over bench.slowLimit (" + this.settings.slowLimit().toMillis()
					+ " ms)";
			this.out.printf("x%-5d %-18s %s%n", scale, query.name(), reason);
			return failed(scale, query, reason);
		}
		int apiItems = query.apiItems().applyAsInt(GraphQlClient.parse(answer));
		int floorItems;
		try {
			floorItems = query.floorItems().applyAsInt(floor(query));
		}
		catch (RuntimeException ex) {
			// A floor over the driver's or server's limits is a finding to report, not a
			// reason to lose the rest of the run.
			this.out.printf("x%-5d %-18s floor fails: %s%n", scale, query.name(), ex.getMessage());
			return failed(scale, query, "the floor statement failed: " + ex.getMessage());
		}
		LoadDriver.Call api = () -> request.send().length();
		LoadDriver.Call floor = () -> {
			floor(query);
			return 0;
		};
		int warmupConcurrency = this.settings.concurrencies().stream().max(Integer::compare).orElse(1);
		LoadDriver.run(api, warmupConcurrency, this.settings.warmup(), this.settings.maxRequests());
		LoadDriver.run(floor, warmupConcurrency, this.settings.warmup().dividedBy(2), this.settings.maxRequests());
		double statements = counter.perRequest(request, COUNTED_REQUESTS);
		List<BenchmarkReport.Row> rows = new ArrayList<>();
		for (int concurrency : this.settings.concurrencies()) {
			Measurement service = measured(api, concurrency, client);
			Measurement direct = measured(floor, concurrency, client);
			BenchmarkReport.Row row = new BenchmarkReport.Row(scale, query.name(), concurrency, service, direct,
					statements, apiItems, floorItems, answer.length(), null, BenchmarkReport.loadAverage1());
			rows.add(row);
			this.out.println(row.summary());
		}
		return rows;
	}

	/**
	 * One measurement, with the CPU time the service's process spent on it, its
	 * garbage-collection pauses and the gets of its caches.
	 */
	private Measurement measured(LoadDriver.Call call, int concurrency, GraphQlClient client) throws Exception {
		long windowStarted = System.nanoTime();
		GcPauses pausesBefore = GcPauses.read(client);
		CacheGets cachesBefore = CacheGets.read(client);
		Map<String, ThreadCpu.Sample> threadsBefore = ThreadCpu.snapshot(this.service.pid());
		long cpuBefore = this.service.cpuNanos();
		Measurement measurement = LoadDriver.run(call, concurrency, this.settings.duration(),
				this.settings.maxRequests());
		long cpuAfter = this.service.cpuNanos();
		Map<String, Double> threads = ThreadCpu.perRequest(threadsBefore, ThreadCpu.snapshot(this.service.pid()),
				measurement.sent());
		GcPauses pausesAfter = GcPauses.read(client);
		CacheGets cachesAfter = CacheGets.read(client);
		long window = System.nanoTime() - windowStarted;
		return measurement.withServiceCpu((cpuBefore < 0 || cpuAfter < 0) ? -1 : cpuAfter - cpuBefore, threads)
			.withGcPauses(
					(pausesBefore == null || pausesAfter == null) ? null : pausesAfter.since(pausesBefore, window))
			.withCacheGets((cachesBefore == null || cachesAfter == null) ? null : cachesAfter.since(cachesBefore));
	}

	private List<BenchmarkReport.Row> failed(int scale, BenchmarkQuery query, String reason) {
		List<BenchmarkReport.Row> failed = new ArrayList<>();
		for (int concurrency : this.settings.concurrencies()) {
			failed.add(BenchmarkReport.Row.failed(scale, query.name(), concurrency, reason));
		}
		return failed;
	}

	/** The floor: one statement in a read transaction, every record materialised. */
	private List<Record> floor(BenchmarkQuery query) {
		try (Session session = this.driver.session(READ)) {
			return session.executeRead((tx) -> {
				List<Record> records = tx.run(query.floor(), query.floorParameters()).list();
				records.forEach(Record::asMap);
				return records;
			});
		}
	}

}
