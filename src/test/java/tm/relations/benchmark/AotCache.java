package tm.relations.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM's AOT cache (JDK 25) for the service, prepared as README "Start time" describes
 * it by hand: the packaged jar extracted ({@code -Djarmode=tools extract}, the cache
 * needs a class path of plain jars), then one training start that loads the scripts into
 * a store of its own and stops once the context is refreshed, writing the cache. The
 * benchmark then starts the extracted jar with {@code -XX:AOTCache}, so its cold-start
 * figures are those of a deployment that ships the cache.
 *
 * @param jar the extracted service jar to start
 * @param jvmArgument the JVM option that uses the cache
 * @param training how long extracting and training took
 */
record AotCache(Path jar, String jvmArgument, Duration training) {

	/**
	 * Extracts the jar into {@code directory} and trains the cache there.
	 * @param packaged the packaged service jar
	 * @param jvmArguments the service's other JVM options (the training runs with them)
	 * @param directory where the extracted jar, the cache and the training log go
	 */
	static AotCache prepare(Path packaged, List<String> jvmArguments, Path directory) throws Exception {
		long started = System.nanoTime();
		Path app = directory.resolve("app");
		Path cache = directory.resolve("service.aot");
		Path log = directory.resolve("aot-training.log");
		Files.createDirectories(directory);
		run(List.of(ServiceProcess.java(), "-Djarmode=tools", "-jar", packaged.toString(), "extract", "--force",
				"--destination", app.toString()), log, Duration.ofMinutes(2));
		Path jar = app.resolve(packaged.getFileName());
		List<String> training = new ArrayList<>(List.of(ServiceProcess.java(), "-XX:AOTCacheOutput=" + cache));
		training.addAll(jvmArguments);
		Path store = directory.resolve("aot-training-store");
		training.addAll(List.of("-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0",
				"--graph.embedded.bolt-port=0", "--graph.embedded.store-directory=" + store));
		try {
			run(training, log, Duration.ofMinutes(10));
		}
		finally {
			Benchmark.deleteRecursively(store);
		}
		if (!Files.isRegularFile(cache)) {
			throw new IllegalStateException("The AOT training wrote no cache; see " + log);
		}
		return new AotCache(jar, "-XX:AOTCache=" + cache, Duration.ofNanos(System.nanoTime() - started));
	}

	private static void run(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
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

}
