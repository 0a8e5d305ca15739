package tm.relations.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The packaged service jar extracted as Spring Boot recommends for deployment
 * ({@code java -Djarmode=tools -jar service.jar extract}): the application jar beside a
 * {@code lib/} folder of plain jars, so the JVM loads classes from ordinary jars instead
 * of the ~290 nested ones. It starts faster (README "Start time") and is what the JVM's
 * AOT cache needs ({@link AotCache}).
 */
final class ExtractedJar {

	private ExtractedJar() {
	}

	/**
	 * Extracts the packaged jar into {@code directory} (replacing what an earlier run
	 * left).
	 * @param packaged the packaged service jar
	 * @param directory where the extracted application goes
	 * @param log where the tool's output goes
	 * @return the extracted application jar to start with {@code java -jar}
	 */
	static Path extract(Path packaged, Path directory, Path log) throws IOException, InterruptedException {
		ServiceProcess.runToEnd(List.of(ServiceProcess.java(), "-Djarmode=tools", "-jar", packaged.toString(),
				"extract", "--force", "--destination", directory.toString()), log, Duration.ofMinutes(2));
		return directory.resolve(packaged.getFileName());
	}

}
