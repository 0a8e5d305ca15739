package tm.relations.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tm.relations.benchmark.LoadDriver.Measurement;

/**
 * The figures of one benchmark run: per scale factor and query, throughput, p50, p99,
 * Cypher statements per request and the ratio to the floor; cold start, script load time
 * and resident memory; the machine it ran on. Written as Markdown and CSV and printed.
 */
final class BenchmarkReport {

	private final BenchmarkSettings settings;

	private final ZonedDateTime started = ZonedDateTime.now();

	private final String loadBefore = loadAverage();

	private final List<Row> rows = new ArrayList<>();

	private final Map<Integer, ScaleInfo> scales = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private String service = "";

	private Duration coldStart;

	private Duration springStartup;

	private Duration scriptLoad;

	private long residentAtStart = -1;

	private Duration imageStart;

	private Duration springImageStartup;

	private long residentAtImageStart = -1;

	private Duration restart;

	private Duration springRestart;

	private String loadAfter;

	BenchmarkReport(BenchmarkSettings settings) {
		this.settings = settings;
	}

	void service(String description) {
		this.service = description;
	}

	void start(Duration coldStart, Duration springStartup, Duration scriptLoad, long residentBytes) {
		this.coldStart = coldStart;
		this.springStartup = springStartup;
		this.scriptLoad = scriptLoad;
		this.residentAtStart = residentBytes;
	}

	void imageStart(Duration toFirstAnswer, Duration springStartup, long residentBytes) {
		this.imageStart = toFirstAnswer;
		this.springImageStartup = springStartup;
		this.residentAtImageStart = residentBytes;
	}

	void restart(Duration toFirstAnswer, Duration springStartup) {
		this.restart = toFirstAnswer;
		this.springRestart = springStartup;
	}

	void scale(int scale, Map<String, Long> graphSize, Duration generation, long residentBytes) {
		this.scales.put(scale, new ScaleInfo(graphSize, generation, residentBytes));
	}

	void add(List<Row> measured) {
		this.rows.addAll(measured);
	}

	void note(String note) {
		this.notes.add(note);
	}

	List<Row> rows() {
		return List.copyOf(this.rows);
	}

	/** Writes {@code report.md} and {@code report.csv} to the output directory. */
	Path write() throws IOException {
		this.loadAfter = loadAverage();
		Files.createDirectories(this.settings.output());
		Path markdown = this.settings.output().resolve("report.md");
		Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
		Files.writeString(this.settings.output().resolve("report.csv"), csv(), StandardCharsets.UTF_8);
		return markdown;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark report\n\n");
		md.append("- date: ").append(this.started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
		md.append("- command: `").append(this.settings.command()).append("`\n");
		md.append("- machine: ").append(machine()).append('\n');
		md.append("- load average (1, 5, 15 min) before: ")
			.append(this.loadBefore)
			.append("; after: ")
			.append(Objects.requireNonNullElse(this.loadAfter, loadAverage()))
			.append('\n');
		md.append("- service: ").append(this.service).append('\n');
		md.append("- settings: scales ")
			.append(this.settings.scales())
			.append(", concurrency ")
			.append(this.settings.concurrencies())
			.append(", warm-up ")
			.append(this.settings.warmup().toMillis())
			.append(" ms per query and scale after ")
			.append(this.settings.warmupAll().toMillis())
			.append(" ms of all queries in turn at the first scale and ")
			.append(this.settings.warmupGrown().toMillis())
			.append(" ms after the graph grew, measurement ")
			.append(this.settings.duration().toMillis())
			.append(" ms per query, scale and concurrency (service, then floor)\n\n");
		md.append("## Start\n\nA fresh JVM each time (`java -jar`, "
				+ ((this.settings.extracted() || this.settings.aotCache()) ? "the jar extracted as for deployment"
						: "the packaged jar as it is")
				+ "): the first start gets an empty store and applies the load scripts (store image off), the "
				+ "second another empty store, which receives the jar's store image as a packaged service's does "
				+ "by default, the third starts on the store the first left, the scripts already applied.\n\n"
				+ "| start | to first answer | Spring Boot start (its log) | script load (LoadReport) | RSS after start |\n"
				+ "|---|---|---|---|---|\n");
		md.append(startRow("cold, empty store, load scripts", this.coldStart, this.springStartup,
				millis(this.scriptLoad), megabytes(this.residentAtStart)));
		if (this.imageStart != null) {
			md.append(startRow("cold, empty store, store image", this.imageStart, this.springImageStartup,
					"nothing to apply", megabytes(this.residentAtImageStart)));
		}
		md.append(startRow("restart, store in place", this.restart, this.springRestart, "nothing to apply", ""))
			.append('\n');
		md.append(
				"## Scale factors\n\n| scale | nodes | relationships | countries | generation | service RSS after measuring |\n|---|---|---|---|---|---|\n");
		this.scales.forEach((scale, info) -> md.append("| x")
			.append(scale)
			.append(" | ")
			.append(info.graphSize().getOrDefault("nodes", -1L))
			.append(" | ")
			.append(info.graphSize().getOrDefault("relationships", -1L))
			.append(" | ")
			.append(info.graphSize().getOrDefault("countries", -1L))
			.append(" | ")
			.append(millis(info.generation()))
			.append(" | ")
			.append(megabytes(info.residentBytes()))
			.append(" |\n"));
		md.append("\n## Queries\n\n");
		for (BenchmarkQuery query : this.settings.selectedQueries()) {
			md.append("- `").append(query.name()).append("`: ").append(query.question()).append('\n');
		}
		md.append(
				"\n## Figures\n\nreq/s, p50 and p99 of the service over HTTP; `stmts` = Cypher statements per request; "
						+ "`items` = items in the answer (service / floor); floor = one hand-written Cypher statement through "
						+ "the Java driver; `x floor` = service throughput / floor throughput; `CPU ms` = CPU time of the service's "
						+ "process per request (all its threads: HTTP, GraphQL, Neo4j); `floor CPU ms` = the same process's CPU "
						+ "per floor statement (Neo4j's work alone); `x floor CPU` = floor CPU / service CPU, the throughput ratio "
						+ "the service would reach if it had the cores to itself (steadier than `x floor` on a shared machine); "
						+ "`load` = the machine's 1-minute load average "
						+ "after the row (2 cores: above 2, other processes competed for the CPU).\n\n");
		md.append(
				"| scale | query | conc. | req/s | p50 ms | p99 ms | n | err | stmts | items | answer KB | floor req/s | floor p50 ms | floor p99 ms | x floor | CPU ms | floor CPU ms | x floor CPU | load |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			md.append(row.markdown()).append('\n');
		}
		threadSection(md);
		cacheSection(md);
		md.append("\n## Growth (concurrency 1, relative to the smallest scale)\n\n");
		md.append("| query | scale | p50 growth | answer-size growth | statements |\n|---|---|---|---|---|\n");
		for (String[] growth : growth()) {
			md.append("| ").append(String.join(" | ", growth)).append(" |\n");
		}
		md.append("\n## Aims\n\n");
		for (String aim : aims()) {
			md.append("- ").append(aim).append('\n');
		}
		if (!this.notes.isEmpty()) {
			md.append("\n## Notes\n\n");
			this.notes.forEach((note) -> md.append("- ").append(note).append('\n'));
		}
		return md.toString();
	}

	String csv() {
		StringBuilder csv = new StringBuilder(
				"scale,query,concurrency,requests,errors,req_per_s,p50_ms,p99_ms,statements_per_request,api_items,"
						+ "floor_items,answer_bytes,floor_req_per_s,floor_p50_ms,floor_p99_ms,throughput_ratio,"
						+ "service_cpu_ms,floor_cpu_ms,cpu_ratio,load_1min,service_rss_mb,cold_start_ms,script_load_ms,"
						+ "image_start_ms\n");
		for (Row row : this.rows) {
			ScaleInfo info = this.scales.get(row.scale());
			csv.append(row.csv())
				.append(',')
				.append((info != null && info.residentBytes() > 0) ? info.residentBytes() / (1024 * 1024) : "")
				.append(',')
				.append((this.coldStart != null) ? this.coldStart.toMillis() : "")
				.append(',')
				.append((this.scriptLoad != null) ? this.scriptLoad.toMillis() : "")
				.append(',')
				.append((this.imageStart != null) ? this.imageStart.toMillis() : "")
				.append('\n');
		}
		return csv.toString();
	}

	/**
	 * The service's CPU per request by kind of thread, for every row that has it (Linux):
	 * where a request's cost lies, without a profiler attached.
	 */
	private void threadSection(StringBuilder md) {
		List<Row> measured = this.rows.stream()
			.filter((row) -> row.service() != null && !row.service().serviceThreads().isEmpty())
			.toList();
		if (measured.isEmpty()) {
			return;
		}
		md.append("\n## Where the service's CPU went\n\nCPU milliseconds per request of the service's process, by "
				+ "kind of thread (from `/proc/<pid>/task`, 10 ms ticks; threads are told apart by their names): ");
		ThreadCpu.KINDS.forEach(
				(kind) -> md.append('`').append(kind.name()).append("` = ").append(kind.description()).append("; "));
		md.append('`')
			.append(ThreadCpu.OTHER)
			.append("` = the rest. `GC paused %` = the share of the measurement the service stood still in "
					+ "garbage-collection pauses, `GC pause ms` their mean length (Micrometer's `jvm.gc.pause`).")
			.append("\n\n| scale | query | conc. | CPU ms |");
		List<String> kinds = new ArrayList<>(ThreadCpu.KINDS.stream().map(ThreadCpu.Kind::name).toList());
		kinds.add(ThreadCpu.OTHER);
		kinds.forEach((kind) -> md.append(' ').append(kind).append(" |"));
		md.append(" GC paused % | GC pause ms |");
		md.append("\n|---|---|---|---|").append("---|".repeat(kinds.size() + 2)).append('\n');
		for (Row row : measured) {
			rowStart(md, row).append(' ').append(number(row.service().serviceCpuMillisPerRequest())).append(" |");
			kinds.forEach((kind) -> md.append(' ')
				.append(number(row.service().serviceThreads().getOrDefault(kind, Double.NaN)))
				.append(" |"));
			md.append(' ')
				.append(number(row.service().gcPausedPercent()))
				.append(" | ")
				.append(number(row.service().gcMeanPauseMillis()))
				.append(" |\n");
		}
	}

	/**
	 * The hit rates of the service's caches during each measurement of the service: the
	 * document and operation caches should hit every request measured (the warm-up parsed
	 * it), and the answer cache, off by default, should not run at all.
	 */
	private void cacheSection(StringBuilder md) {
		List<Row> measured = this.rows.stream()
			.filter((row) -> row.service() != null && row.service().cacheGets() != null)
			.toList();
		if (measured.isEmpty()) {
			return;
		}
		md.append("\n## Caches\n\nThe share of each cache's gets that hit during the measurement of the service "
				+ "(Micrometer's `cache.gets`); `off` = the service does not run that cache.\n\n| scale | query | conc. |");
		CacheGets.CACHES.forEach((cache) -> md.append(" `").append(cache).append("` hit % |"));
		md.append("\n|---|---|---|").append("---|".repeat(CacheGets.CACHES.size())).append('\n');
		for (Row row : measured) {
			rowStart(md, row);
			CacheGets.CACHES.forEach((cache) -> md.append(' ')
				.append(row.service().cacheGets().runs(cache) ? number(row.service().cacheHitPercent(cache)) : "off")
				.append(" |"));
			md.append('\n');
		}
	}

	/**
	 * The first cells of a row of the per-measurement tables: scale, query, concurrency.
	 */
	private static StringBuilder rowStart(StringBuilder md, Row row) {
		return md.append("| x")
			.append(row.scale())
			.append(" | ")
			.append(row.query())
			.append(" | ")
			.append(row.concurrency())
			.append(" |");
	}

	/** Per query and scale: how p50 and the answer grew from the smallest scale. */
	private List<String[]> growth() {
		List<String[]> lines = new ArrayList<>();
		int low = this.settings.concurrencies().stream().min(Integer::compare).orElse(1);
		for (BenchmarkQuery query : this.settings.selectedQueries()) {
			Optional<Row> base = find(this.settings.scales().get(0), query.name(), low);
			for (int scale : this.settings.scales()) {
				Optional<Row> row = find(scale, query.name(), low);
				if (base.isEmpty() || row.isEmpty() || base.get().service() == null || row.get().service() == null) {
					continue;
				}
				lines.add(new String[] { query.name(), "x" + scale,
						ratio(row.get().service().percentileMillis(50) / base.get().service().percentileMillis(50)),
						ratio((double) row.get().answerBytes() / base.get().answerBytes()),
						number(row.get().statements()) });
			}
		}
		return lines;
	}

	/** The aims of issue 9, each with whether these figures meet it. */
	List<String> aims() {
		List<String> aims = new ArrayList<>();
		int smallest = this.settings.scales().get(0);
		int largest = this.settings.scales().get(this.settings.scales().size() - 1);
		List<Row> nested = this.rows.stream()
			.filter((row) -> row.query().equals("country-nested") && row.service() != null)
			.toList();
		if (!nested.isEmpty()) {
			double worst = nested.stream().mapToDouble(Row::throughputRatio).min().orElse(Double.NaN);
			double worstCpu = nested.stream().mapToDouble(Row::cpuRatio).min().orElse(Double.NaN);
			aims.add(verdict(worst >= 0.7) + ": nested country query >= 0.7x the throughput of its raw-Cypher floor "
					+ "(lowest ratio over scales and concurrencies: " + ratio(worst) + "; by CPU per request: "
					+ ratio(worstCpu) + ")");
		}
		List<String> varying = new ArrayList<>();
		for (BenchmarkQuery query : this.settings.selectedQueries()) {
			List<Double> counts = this.rows.stream()
				.filter((row) -> row.query().equals(query.name()) && row.service() != null)
				.map(Row::statements)
				.distinct()
				.toList();
			if (counts.size() > 1) {
				varying.add(query.name() + " " + counts);
			}
		}
		aims.add(verdict(varying.isEmpty()) + ": round trips per request independent of result size "
				+ (varying.isEmpty() ? "(the same statement count at every scale for every query)"
						: "(varying: " + String.join("; ", varying) + ")"));
		int high = this.settings.concurrencies().stream().max(Integer::compare).orElse(1);
		List<Row> atOne = this.rows.stream()
			.filter((row) -> row.scale() == 1 && row.concurrency() == high && row.service() != null)
			.toList();
		if (!atOne.isEmpty()) {
			List<String> slow = atOne.stream()
				.filter((row) -> !(row.service().percentileMillis(99) < 100))
				.map((row) -> row.query() + " " + number(row.service().percentileMillis(99)) + " ms")
				.toList();
			aims.add(verdict(slow.isEmpty()) + ": p99 at concurrency " + high + " under 100 ms at x1"
					+ (slow.isEmpty() ? "" : " (over: " + String.join(", ", slow) + ")"));
		}
		if (largest > smallest) {
			List<String> faster = new ArrayList<>();
			for (String[] growth : growth()) {
				if (growth[1].equals("x" + largest) && parse(growth[2]) > Math.max(1.5, 1.5 * parse(growth[3]))) {
					faster.add(growth[0] + " (p50 x" + growth[2] + ", answer x" + growth[3] + ")");
				}
			}
			this.rows.stream()
				.filter((row) -> row.service() == null && row.scale() > smallest
						&& row.concurrency() == this.settings.concurrencies().get(0))
				.forEach((row) -> faster.add(row.query() + " (x" + row.scale() + ": " + brief(row.failure()) + ")"));
			aims.add(verdict(faster.isEmpty()) + ": cost growing no faster than the answer size from x" + smallest
					+ " to x" + largest + (faster.isEmpty() ? "" : "; faster: " + String.join(", ", faster))
					+ (largest < 1000 ? " (x1000 not run)" : ""));
		}
		if (this.imageStart != null) {
			aims.add(verdict(this.imageStart.toMillis() < 10_000)
					+ ": cold start to first answer under 10 s, empty store from the store image (the packaged "
					+ "service's default): " + millis(this.imageStart));
		}
		if (this.coldStart != null) {
			aims.add(verdict(this.coldStart.toMillis() < 10_000)
					+ ": cold start to first answer under 10 s, empty store (load scripts applied): "
					+ millis(this.coldStart));
		}
		if (this.restart != null) {
			aims.add(verdict(this.restart.toMillis() < 10_000)
					+ ": cold start to first answer under 10 s, store in place (a fresh JVM, nothing to apply): "
					+ millis(this.restart));
		}
		return aims;
	}

	private static String startRow(String start, Duration toFirstAnswer, Duration springStartup, String scripts,
			String resident) {
		return "| " + start + " | " + millis(toFirstAnswer) + " | " + millis(springStartup) + " | " + scripts + " | "
				+ resident + " |\n";
	}

	private Optional<Row> find(int scale, String query, int concurrency) {
		return this.rows.stream()
			.filter((row) -> row.scale() == scale && row.query().equals(query) && row.concurrency() == concurrency)
			.findFirst();
	}

	/**
	 * The start of a failure message, without the GraphQL error's request id and JSON.
	 */
	static String brief(String failure) {
		String text = failure.replaceAll("\\{\"errors\":\\[\\{\"message\":\"", "");
		int end = text.indexOf(". ");
		text = (end > 0) ? text.substring(0, end) : text;
		return (text.length() > 120) ? text.substring(0, 120) + "..." : text;
	}

	private static String verdict(boolean met) {
		return met ? "**met**" : "**not met**";
	}

	private static double parse(String number) {
		try {
			return Double.parseDouble(number);
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	static String machine() {
		StringBuilder machine = new StringBuilder();
		machine.append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ");
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					machine.append(Long.parseLong(line.replaceAll("\\D+", "")) / (1024 * 1024)).append(" GiB memory, ");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		machine.append(System.getProperty("java.vm.name"))
			.append(' ')
			.append(System.getProperty("java.runtime.version"))
			.append(" (")
			.append(System.getProperty("java.vendor"))
			.append("), ")
			.append(System.getProperty("os.name"))
			.append(' ')
			.append(System.getProperty("os.arch"));
		return machine.toString();
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** The 1-minute load average. */
	static String loadAverage1() {
		String all = loadAverage();
		int comma = all.indexOf(',');
		return (comma > 0) ? all.substring(0, comma) : all;
	}

	static String millis(Duration duration) {
		return (duration != null) ? duration.toMillis() + " ms" : "n/a";
	}

	static String megabytes(long bytes) {
		return (bytes > 0) ? (bytes / (1024 * 1024)) + " MiB" : "n/a";
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		if (value >= 100) {
			return String.format(Locale.ROOT, "%.0f", value);
		}
		if (value >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String ratio(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
	}

	/** Graph size, generation time and service memory at one scale. */
	record ScaleInfo(Map<String, Long> graphSize, Duration generation, long residentBytes) {
	}

	/**
	 * One query at one scale and concurrency.
	 *
	 * @param scale scale factor
	 * @param query query name
	 * @param concurrency concurrent callers
	 * @param service the service over HTTP; null when the query failed
	 * @param floor the floor statement
	 * @param statements Cypher statements per request
	 * @param apiItems items in the service's answer
	 * @param floorItems items in the floor's answer
	 * @param answerBytes size of the service's answer
	 * @param failure why the query failed, null when it did not
	 * @param load the machine's 1-minute load average when the row was measured
	 */
	record Row(int scale, String query, int concurrency, Measurement service, Measurement floor, double statements,
			int apiItems, int floorItems, long answerBytes, String failure, String load) {

		static Row failed(int scale, String query, int concurrency, String failure) {
			return new Row(scale, query, concurrency, null, null, Double.NaN, -1, -1, -1, failure, loadAverage1());
		}

		double throughputRatio() {
			return (this.service == null || this.floor == null || this.floor.throughput() == 0) ? Double.NaN
					: this.service.throughput() / this.floor.throughput();
		}

		/**
		 * The floor's CPU per request over the service's, both in the service's process;
		 * NaN when either is not known.
		 */
		double cpuRatio() {
			return (this.service == null || this.floor == null) ? Double.NaN
					: this.floor.serviceCpuMillisPerRequest() / this.service.serviceCpuMillisPerRequest();
		}

		String summary() {
			if (this.service == null) {
				return String.format(Locale.ROOT, "x%-5d %-18s c=%-3d FAILED %s", this.scale, this.query,
						this.concurrency, this.failure);
			}
			return String.format(Locale.ROOT,
					"x%-5d %-18s c=%-3d %8s req/s p50 %8s ms p99 %8s ms n=%-6d err=%-3d stmts=%-5s items=%d/%d | floor %8s req/s p50 %8s ms | x floor %s | CPU %s / floor %s ms, x floor CPU %s | load %s",
					this.scale, this.query, this.concurrency, number(this.service.throughput()),
					number(this.service.percentileMillis(50)), number(this.service.percentileMillis(99)),
					this.service.requests(), this.service.errors(), number(this.statements), this.apiItems,
					this.floorItems, number(this.floor.throughput()), number(this.floor.percentileMillis(50)),
					ratio(throughputRatio()), number(this.service.serviceCpuMillisPerRequest()),
					number(this.floor.serviceCpuMillisPerRequest()), ratio(cpuRatio()), this.load);
		}

		String markdown() {
			if (this.service == null) {
				return "| x" + this.scale + " | " + this.query + " | " + this.concurrency + " | failed: "
						+ brief(this.failure).replace('|', '/').replace('\n', ' ') + " |||||||||||||||";
			}
			return "| x" + this.scale + " | " + this.query + " | " + this.concurrency + " | "
					+ number(this.service.throughput()) + " | " + number(this.service.percentileMillis(50)) + " | "
					+ number(this.service.percentileMillis(99)) + " | " + this.service.requests() + " | "
					+ this.service.errors() + " | " + number(this.statements) + " | " + this.apiItems + " / "
					+ this.floorItems + " | " + number(this.answerBytes / 1024.0) + " | "
					+ number(this.floor.throughput()) + " | " + number(this.floor.percentileMillis(50)) + " | "
					+ number(this.floor.percentileMillis(99)) + " | " + ratio(throughputRatio()) + " | "
					+ number(this.service.serviceCpuMillisPerRequest()) + " | "
					+ number(this.floor.serviceCpuMillisPerRequest()) + " | " + ratio(cpuRatio()) + " | " + this.load
					+ " |";
		}

		String csv() {
			if (this.service == null) {
				return this.scale + "," + this.query + "," + this.concurrency + ",0,,,,,,,,,,,,,,,," + this.load;
			}
			return String.join(",", Integer.toString(this.scale), this.query, Integer.toString(this.concurrency),
					Long.toString(this.service.requests()), Long.toString(this.service.errors()),
					plain(this.service.throughput()), plain(this.service.percentileMillis(50)),
					plain(this.service.percentileMillis(99)), plain(this.statements), Integer.toString(this.apiItems),
					Integer.toString(this.floorItems), Long.toString(this.answerBytes), plain(this.floor.throughput()),
					plain(this.floor.percentileMillis(50)), plain(this.floor.percentileMillis(99)),
					plain(throughputRatio()), plain(this.service.serviceCpuMillisPerRequest()),
					plain(this.floor.serviceCpuMillisPerRequest()), plain(cpuRatio()), this.load);
		}

		private static String plain(double value) {
			return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
		}

	}

}
