package tm.relations.loading;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the script runner did.
 *
 * @param applied the scripts applied by this run, in order
 * @param graphVersion a digest of every script's name and checksum: changes exactly when
 * the loaded graph may have changed (a cache key for answers)
 * @param took how long the run took, lock wait included
 */
public record LoadReport(List<String> applied, String graphVersion, Duration took) {

	public LoadReport {
		applied = List.copyOf(applied);
	}

}
