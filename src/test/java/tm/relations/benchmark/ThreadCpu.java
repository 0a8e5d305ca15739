package tm.relations.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a process's CPU goes, by kind of thread: the CPU time of each of its threads from
 * {@code /proc/<pid>/task/<tid>/stat}, named by {@code /proc/<pid>/task/<tid>/comm}
 * (Linux only; elsewhere a snapshot is empty and the report leaves the section out).
 * Threads are grouped by their names, which the JVM, Tomcat, Neo4j and the driver give
 * them. No profiler is attached, so the service runs as it would without the benchmark.
 */
final class ThreadCpu {

	/**
	 * Clock ticks per second of the times in {@code /proc/.../stat}: USER_HZ, fixed at
	 * 100 on Linux's mainstream architectures (x86, arm64); the JDK offers no per-thread
	 * reading of another process.
	 */
	private static final double TICKS_PER_SECOND = 100;

	/**
	 * Kinds of threads, in report order: the first whose prefix a thread name has wins.
	 */
	static final List<Kind> KINDS = List.of(
			new Kind("web + GraphQL",
					"virtual-thread carriers (ForkJoinPool) and Tomcat's threads: Spring MVC, "
							+ "graphql-java, the data loaders, JSON",
					List.of("ForkJoinPool", "http-nio", "tomcat")),
			new Kind("Neo4j queries", "Neo4j's Bolt workers: planning, running the statements, encoding rows",
					List.of("neo4j.BoltWorke")),
			new Kind("Bolt I/O", "the Bolt server's network threads and the Java driver's event loop",
					List.of("neo4j.BoltNetwo", "Neo4jDriverIO")),
			new Kind("GC", "the garbage collector's threads", List.of("GC Thread", "G1 ")),
			new Kind("JIT", "the JIT compilers", List.of("C1 Compiler", "C2 Compiler")));

	/** The kind of a thread nothing in {@link #KINDS} names. */
	static final String OTHER = "other";

	private ThreadCpu() {
	}

	/**
	 * A kind of thread: a short name, what it does, the prefixes of its threads' names.
	 */
	record Kind(String name, String description, List<String> prefixes) {

	}

	/** Thread id to its name and CPU ticks so far; empty where /proc is not there. */
	static Map<String, Sample> snapshot(long pid) {
		Map<String, Sample> threads = new HashMap<>();
		Path tasks = Path.of("/proc", Long.toString(pid), "task");
		try (Stream<Path> list = Files.list(tasks)) {
			for (Path task : (Iterable<Path>) list::iterator) {
				try {
					String name = Files.readString(task.resolve("comm")).strip();
					String stat = Files.readString(task.resolve("stat"));
					// The fields after the name (in parentheses, which may hold spaces):
					// state is the 3rd field of the line, utime the 14th and stime the
					// 15th.
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					threads.put(task.getFileName().toString(), new Sample(name, ticks));
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended while it was read
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
		return threads;
	}

	/** One thread's name and CPU ticks. */
	record Sample(String name, long ticks) {

	}

	/**
	 * Milliseconds of CPU per request for each kind of thread between two snapshots;
	 * threads that ended in between are not counted, threads that began count from zero.
	 * Empty when either snapshot is.
	 */
	static Map<String, Double> perRequest(Map<String, Sample> before, Map<String, Sample> after, long requests) {
		Map<String, Double> millis = new LinkedHashMap<>();
		if (before.isEmpty() || after.isEmpty() || requests == 0) {
			return millis;
		}
		KINDS.forEach((kind) -> millis.put(kind.name(), 0.0));
		millis.put(OTHER, 0.0);
		after.forEach((tid, sample) -> {
			Sample earlier = before.get(tid);
			long ticks = sample.ticks()
					- ((earlier != null && earlier.name().equals(sample.name())) ? earlier.ticks() : 0);
			millis.merge(kindOf(sample.name()), ticks * 1000 / TICKS_PER_SECOND / requests, Double::sum);
		});
		return millis;
	}

	static String kindOf(String threadName) {
		return KINDS.stream()
			.filter((kind) -> kind.prefixes().stream().anyMatch(threadName::startsWith))
			.map(Kind::name)
			.findFirst()
			.orElse(OTHER);
	}

}
