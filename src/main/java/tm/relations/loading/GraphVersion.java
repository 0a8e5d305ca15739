package tm.relations.loading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of the loaded graph: a digest of the names and checksums of the applied
 * load scripts. It changes exactly when the scripts, and so the graph, may have changed.
 */
public final class GraphVersion {

	private GraphVersion() {
	}

	/** The digest of the given scripts, independent of their order. */
	public static String of(List<AppliedScript> scripts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			scripts.stream()
				.sorted(Comparator.comparing(AppliedScript::name))
				.forEach((s) -> digest.update((s.name() + ":" + s.checksum() + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
