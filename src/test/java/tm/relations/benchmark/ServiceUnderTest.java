package tm.relations.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The running service the harness measures: a separate JVM ({@link ServiceProcess}) in
 * the benchmark, the test's own application context in the smoke test.
 */
interface ServiceUnderTest extends AutoCloseable {

	/** The HTTP root, {@code http://127.0.0.1:port}. */
	URI baseUri();

	/** Bolt address of the service's Neo4j. */
	URI boltUri();

	/** Process id of the JVM the service runs in. */
	long pid();

	/** Where the service runs, for the report. */
	String description();

	/**
	 * Resident memory of the service's process in bytes, from {@code /proc/<pid>/status}
	 * (Linux); -1 elsewhere.
	 */
	default long residentBytes() {
		Path status = Path.of("/proc", Long.toString(pid()), "status");
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or the process is gone
		}
		return -1;
	}

	/**
	 * CPU time the service's process has used so far (user and system, all threads), from
	 * the JDK's {@link ProcessHandle.Info}; -1 where the platform does not tell. Read
	 * before and after a measurement, it gives the service's CPU per request: on a
	 * machine whose cores the load driver and the floor share with the service, a
	 * steadier figure than throughput.
	 */
	default long cpuNanos() {
		return ProcessHandle.of(pid())
			.flatMap((process) -> process.info().totalCpuDuration())
			.map(Duration::toNanos)
			.orElse(-1L);
	}

	@Override
	void close() throws Exception;

	/** A service someone else started and stops (the smoke test's context). */
	record Running(URI baseUri, URI boltUri, long pid, String description) implements ServiceUnderTest {

		@Override
		public void close() {
		}

	}

}
