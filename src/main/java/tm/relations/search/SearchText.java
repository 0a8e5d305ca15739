package tm.relations.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tm.relations.node.GraphNode;

/**
 * What a user typed, turned into a Lucene query for the full-text index: every term
 * escaped (so {@code Dousti)}, a lone {@code "} or {@code AND OR} are plain words, never
 * syntax), plus a prefix clause on the last term for suggestions as you type.
 * <p>
 * Lucene does not analyse prefix terms beyond lower-casing, while the index folds accents
 * ({@code standard-folding}); the prefix term is therefore folded here, so that
 * {@code Türkm} finds {@code TürkmenÄlem} as {@code turkm*}.
 *
 * @param terms the words typed, in order, as typed
 */
record SearchText(List<String> terms) {

	/** Characters with a meaning in Lucene's classic query syntax. */
	private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

	SearchText {
		terms = List.copyOf(terms);
	}

	/**
	 * White space and Unicode's space separators: Java's white space leaves out the
	 * no-break spaces (U+00A0, U+2007, U+202F), so a text of one of them was not blank.
	 */
	private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

	/** Splits the text on spaces; blank text has no terms. */
	static SearchText of(String text) {
		if (text == null) {
			return new SearchText(List.of());
		}
		return new SearchText(Arrays.stream(SPACE.split(text)).filter((term) -> !term.isEmpty()).toList());
	}

	boolean isBlank() {
		return this.terms.isEmpty();
	}

	/**
	 * The Lucene query: the escaped terms (any may match, the index ranks the hits) and
	 * the folded last term as a prefix; null when no term holds a letter or digit, as
	 * nothing could match.
	 */
	String luceneQuery() {
		List<String> clauses = new ArrayList<>();
		for (String term : this.terms) {
			if (hasWordCharacter(term)) {
				clauses.add(escape(term.toLowerCase(Locale.ROOT)));
			}
		}
		if (clauses.isEmpty()) {
			return null;
		}
		List<String> lastWords = words(this.terms.get(this.terms.size() - 1));
		if (!lastWords.isEmpty()) {
			clauses.add(escape(lastWords.get(lastWords.size() - 1)) + "*");
		}
		return String.join(" ", clauses);
	}

	/**
	 * A hit of the index for this text. The index ranks a name that merely contains the
	 * text above a shorter exact one when the longer matches in several fields
	 * ({@code Turkmenistan Airlines}, alias {@code Turkmenistan Air}, above
	 * {@code Turkmenistan}); a hit with a name, alias, acronym or code whose words are
	 * exactly the words typed therefore gets twice the index's score. A word typed twice
	 * counts once ({@code turkmenistan turkmenistan} is exactly {@code Turkmenistan}), as
	 * it does for the index.
	 */
	SearchHit rank(GraphNode node, double score) {
		List<String> typed = distinctWords(String.join(" ", this.terms));
		String exact = names(node).stream()
			.filter((name) -> distinctWords(name).equals(typed))
			.findFirst()
			.orElse(null);
		return (exact != null) ? new SearchHit(2 * score, node, exact) : new SearchHit(score, node, matchedName(node));
	}

	/**
	 * Which of the node's names the text matched: the name, alias, acronym or ISO code
	 * with the most words that equal a typed word (the last typed word may be a prefix);
	 * the first such in that order on a tie, null when none does.
	 */
	String matchedName(GraphNode node) {
		List<String> typed = words(String.join(" ", this.terms));
		if (typed.isEmpty()) {
			return null;
		}
		String last = typed.get(typed.size() - 1);
		String best = null;
		long bestCount = 0;
		for (String candidate : names(node)) {
			long count = words(candidate).stream()
				.filter((word) -> typed.contains(word) || word.startsWith(last))
				.count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	/** The texts the index holds for a node: name, aliases, acronym, ISO code. */
	private static List<String> names(GraphNode node) {
		List<String> names = new ArrayList<>();
		names.add(node.name());
		names.addAll(node.aliases());
		for (String property : List.of("acronym", "iso3")) {
			if (node.properties().get(property) instanceof String value) {
				names.add(value);
			}
		}
		return names;
	}

	/** The folded words of a text: lower case, accents removed, split on non-words. */
	static List<String> words(String text) {
		return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter((word) -> !word.isEmpty()).toList();
	}

	/** {@link #words}, each once, in the order of first appearance. */
	private static List<String> distinctWords(String text) {
		return words(text).stream().distinct().toList();
	}

	/** Lower case without accents: {@code TürkmenÄlem} becomes {@code turkmenalem}. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	static String escape(String term) {
		StringBuilder escaped = new StringBuilder(term.length() + 4);
		for (char c : term.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static boolean hasWordCharacter(String term) {
		return term.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
