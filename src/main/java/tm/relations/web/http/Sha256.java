package tm.relations.web.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 in the form Automatic Persisted Queries use: 64 lower-case hex digits. */
final class Sha256 {

	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

	private Sha256() {
	}

	/** The SHA-256 of the UTF-8 bytes of the text, as 64 lower-case hex digits. */
	static String hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the value looks like such a hash (either case). */
	static boolean isHash(Object value) {
		return value instanceof String text && HEX.matcher(text).matches();
	}

}
