package tm.relations.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service in a fresh JVM of its own, as it is deployed: {@code java -jar} of the
 * packaged jar (or its main class on this JVM's class path when there is no jar), with
 * the embedded Neo4j, its Bolt port fixed so that the harness can write the synthetic
 * graph and run the floor statements against the same database. Started once; the harness
 * measures the time from launch to the first GraphQL answer (cold start), reads the
 * script runner's {@code LoadReport} line from the log, and the process's resident memory
 * from {@code /proc}.
 */
final class ServiceProcess implements ServiceUnderTest {

	private static final Pattern LOAD_REPORT = Pattern.compile("Load scripts: (\\d+) applied .* in (\\d+) ms");

	private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([\\d.]+) seconds");

	/**
	 * The packages the embedded Neo4j reaches into, opened as {@code mvn spring-boot:run}
	 * and the tests open them (pom.xml). Whatever trains the JVM's AOT cache must pass
	 * the same ({@link AotCache}): the JVM refuses a cache dumped with other module
	 * options.
	 */
	static final List<String> OPENS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
			"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");

	private static final String FIRST_QUERY = "{ country(name: \"Japan\") { name iso3 } }";

	private final Process process;

	private final Path log;

	private final int httpPort;

	private final int boltPort;

	private final Duration coldStart;

	private ServiceProcess(Process process, Path log, int httpPort, int boltPort, Duration coldStart) {
		this.process = process;
		this.log = log;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.coldStart = coldStart;
	}

	/**
	 * Starts the service and waits for its first GraphQL answer.
	 * @param jar the packaged service jar, or null to run the main class from this JVM's
	 * class path
	 * @param jvmArguments extra JVM arguments of the service
	 * @param store the embedded Neo4j's store directory; a fresh one gets the load
	 * scripts applied, one from an earlier start already holds the graph
	 * @param log where the service's output goes
	 * @param arguments further arguments of the service ({@code --name=value})
	 */
	static ServiceProcess start(Path jar, List<String> jvmArguments, Path store, Path log, Duration timeout,
			List<String> arguments) throws Exception {
		int httpPort = freePort();
		int boltPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(OPENS);
		command.addAll(jvmArguments);
		if (jar != null) {
			command.addAll(List.of("-jar", jar.toString()));
		}
		else {
			command.addAll(
					List.of("-cp", System.getProperty("java.class.path"), "tm.relations.RelationsGraphApplication"));
		}
		command.addAll(List.of("--server.port=" + httpPort, "--graph.embedded.bolt-port=" + boltPort,
				"--graph.embedded.store-directory=" + store.toAbsolutePath(),
				// No background statements (the graph-version check) while statements are
				// counted.
				"--graph.http.version-check-interval=0"));
		command.addAll(arguments);
		Files.createDirectories(log.getParent());
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ServiceProcess service = new ServiceProcess(process, log, httpPort, boltPort, null);
		try (GraphQlClient client = new GraphQlClient(service.baseUri())) {
			GraphQlClient.Request first = client.request(FIRST_QUERY, Map.of());
			long deadline = launched + timeout.toNanos();
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The service stopped before answering; see " + log);
				}
				try {
					first.send();
					break;
				}
				catch (IOException ex) {
					if (System.nanoTime() > deadline) {
						service.close();
						throw new IllegalStateException("No GraphQL answer within " + timeout + "; see " + log, ex);
					}
					Thread.sleep(25);
				}
			}
		}
		return new ServiceProcess(process, log, httpPort, boltPort, Duration.ofNanos(System.nanoTime() - launched));
	}

	/** From launching the JVM to the first GraphQL answer. */
	Duration coldStart() {
		return this.coldStart;
	}

	/** What the script runner's LoadReport says: its {@code took}, from the log. */
	Duration scriptLoadTime() {
		Matcher matcher = LOAD_REPORT.matcher(logText());
		return matcher.find() ? Duration.ofMillis(Long.parseLong(matcher.group(2))) : null;
	}

	/**
	 * Whether the embedded store started from the jar's store image (the log says so).
	 */
	boolean startedFromStoreImage() {
		return logText().contains("Store image unpacked into");
	}

	/** Spring Boot's own start-up time, from the log. */
	Duration reportedStartup() {
		Matcher matcher = STARTED.matcher(logText());
		return matcher.find() ? Duration.ofMillis((long) (Double.parseDouble(matcher.group(1)) * 1000)) : null;
	}

	/**
	 * The JVM's complaint about its AOT cache, from the log (it then runs without the
	 * cache); null when it had none.
	 */
	String aotCacheError() {
		return logText().lines().filter((line) -> line.contains("[error][aot]")).findFirst().orElse(null);
	}

	private String logText() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.httpPort);
	}

	@Override
	public URI boltUri() {
		return URI.create("bolt://127.0.0.1:" + this.boltPort);
	}

	@Override
	public long pid() {
		return this.process.pid();
	}

	@Override
	public String description() {
		return "a separate JVM (pid " + pid() + ")";
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * Runs a command to its end, its output appended to {@code log}; fails on a non-zero
	 * exit.
	 */
	static void runToEnd(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Not done within " + timeout + ": " + command + "; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("Exit " + process.exitValue() + ": " + command + "; see " + log);
		}
	}

	/** The {@code java} launcher of the JVM the harness runs on. */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
