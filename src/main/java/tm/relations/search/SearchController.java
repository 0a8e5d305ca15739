package tm.relations.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.NodeTypes;
import tm.relations.web.BadRequestException;

/**
 * {@code search}: ranked full-text search over the names and aliases of every entity.
 */
@Controller
class SearchController {

	/** The most hits one search returns. */
	static final int MAX_FIRST = 50;

	/**
	 * The longest search text: names and aliases are short, and Lucene caps the clauses
	 * of a query.
	 */
	static final int MAX_TEXT_LENGTH = 200;

	/** Every entity kind; placeholders only when asked for by kind. */
	private static final List<String> ENTITY_KINDS = List.of("COUNTRY", "CITY", "REGION", "ORGANISATION", "COMPANY",
			"PERSON", "PIPELINE", "DAM", "FIELD", "CONCESSION", "RAILWAY", "CORRIDOR", "SATELLITE", "PROJECT");

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<String> kinds, @Argument Integer first) {
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new BadRequestException("Argument 'text' must be at most " + MAX_TEXT_LENGTH
					+ " characters long, but was " + text.length() + ".");
		}
		SearchText searchText = SearchText.of(text);
		if (searchText.isBlank()) {
			throw new BadRequestException("Argument 'text' must hold a word to look for, but was blank.");
		}
		int limit = (first != null) ? first : 10;
		if (limit < 1 || limit > MAX_FIRST) {
			throw new BadRequestException(
					"Argument 'first' must be between 1 and " + MAX_FIRST + ", but was " + limit + ".");
		}
		return this.search.search(searchText, labelsOf((kinds == null || kinds.isEmpty()) ? ENTITY_KINDS : kinds),
				limit);
	}

	/** The graph labels of entity kinds: {@code COUNTRY} is {@code Country}. */
	private static List<String> labelsOf(List<String> kinds) {
		List<String> labels = new ArrayList<>();
		for (String kind : kinds) {
			StringBuilder type = new StringBuilder();
			for (String part : kind.toLowerCase(Locale.ROOT).split("_")) {
				type.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
			String label = NodeTypes.labelOf(type.toString());
			if (label != null) {
				labels.add(label);
			}
		}
		return labels;
	}

}
