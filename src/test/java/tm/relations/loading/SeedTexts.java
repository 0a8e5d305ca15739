package tm.relations.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The three seed revisions as the tests read them from the top-level {@code seeds/}
 * folder, with whitespace collapsed so that a quote matches however the seed broke its
 * lines.
 */
final class SeedTexts {

	private final Map<String, String> normalisedByRevision;

	private SeedTexts(Map<String, String> normalisedByRevision) {
		this.normalisedByRevision = normalisedByRevision;
	}

	static SeedTexts read() {
		Map<String, String> texts = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).toList()) {
				String revision = file.getFileName().toString().substring(0, 3);
				texts.put(revision, normalise(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SeedTexts(texts);
	}

	static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	java.util.Set<String> revisions() {
		return this.normalisedByRevision.keySet();
	}

	boolean states(String revision, String quote) {
		String text = this.normalisedByRevision.get(revision);
		return text != null && text.contains(normalise(quote));
	}

	boolean anyMentions(String phrase) {
		String needle = normalise(phrase).toLowerCase(java.util.Locale.ROOT);
		return this.normalisedByRevision.values()
			.stream()
			.anyMatch((text) -> text.toLowerCase(java.util.Locale.ROOT).contains(needle));
	}

}
