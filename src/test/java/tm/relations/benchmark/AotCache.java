package tm.relations.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM's AOT cache (JDK 25) for the service, prepared as README "Start time" describes
 * it by hand: for the extracted jar ({@link ExtractedJar}; the cache needs a class path
 * of plain jars), one training start that loads the scripts into a store of its own and
 * stops once the context is refreshed, writing the cache. The benchmark then starts the
 * extracted jar with {@code -XX:AOTCache}, so its cold-start figures are those of a
 * deployment that ships the cache.
 *
 * @param jar the extracted service jar to start
 * @param jvmArgument the JVM option that uses the cache
 * @param training how long training took
 */
record AotCache(Path jar, String jvmArgument, Duration training) {

	/**
	 * Trains the cache for an extracted jar, in {@code directory}.
	 * @param jar the extracted service jar ({@link ExtractedJar})
	 * @param jvmArguments the service's other JVM options (the training runs with them
	 * and with {@link ServiceProcess#OPENS}, as the service will)
	 * @param directory where the cache and the training log go
	 */
	static AotCache prepare(Path jar, List<String> jvmArguments, Path directory) throws Exception {
		long started = System.nanoTime();
		Path cache = directory.resolve("service.aot");
		Path log = directory.resolve("aot-training.log");
		Files.createDirectories(directory);
		List<String> training = new ArrayList<>(List.of(ServiceProcess.java(), "-XX:AOTCacheOutput=" + cache));
		training.addAll(ServiceProcess.OPENS);
		training.addAll(jvmArguments);
		Path store = directory.resolve("aot-training-store");
		training.addAll(List.of("-jar", jar.toString(), "--graph.warmup.exit-when-done=true", "--server.port=0",
				"--graph.embedded.bolt-port=0", "--graph.embedded.store-directory=" + store,
				// The scripts run, so that their classes are in the cache too for the
				// start
				// that runs them; a start from the store image loads a subset.
				"--graph.embedded.store-image=false"));
		try {
			ServiceProcess.runToEnd(training, log, Duration.ofMinutes(10));
		}
		finally {
			Benchmark.deleteRecursively(store);
		}
		if (!Files.isRegularFile(cache)) {
			throw new IllegalStateException("The AOT training wrote no cache; see " + log);
		}
		return new AotCache(jar, "-XX:AOTCache=" + cache, Duration.ofNanos(System.nanoTime() - started));
	}

}
