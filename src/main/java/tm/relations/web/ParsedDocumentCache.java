package tm.relations.web;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Keeps the parsed and validated form of the documents clients send again and again (a
 * front end sends the same few queries with different variables), so that each is parsed
 * and validated once rather than on every request: the benchmark (docs/performance.md,
 * first round) showed parsing and validation taking a seventh of the service's time for
 * small queries.
 * <p>
 * Only documents that parsed and validated without errors are kept, keyed by their text
 * and the request's locale (validation messages are localised); a document's validation
 * depends on nothing else, as the schema and the parser limits are fixed for the life of
 * the process. The limits of {@link QueryLimitsInstrumentation} still apply to a cached
 * document: it checks them again before execution. The cache is bounded by the number of
 * documents and by their total length, least recently used going first.
 */
public class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final long maxCharacters;

	private final BoundedStore<Key, PreparsedDocumentEntry> entries;

	public ParsedDocumentCache(int maxEntries, long maxCharacters) {
		this.maxCharacters = maxCharacters;
		this.entries = new BoundedStore<>(maxEntries, maxCharacters);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidateFunction) {
		String query = executionInput.getQuery();
		if (query == null || query.length() > this.maxCharacters / 4) {
			return CompletableFuture.completedFuture(parseAndValidateFunction.apply(executionInput));
		}
		Key key = new Key(query, executionInput.getLocale());
		PreparsedDocumentEntry cached = this.entries.get(key);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidateFunction.apply(executionInput);
		if (!entry.hasErrors()) {
			this.entries.put(key, entry, query.length());
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept now. */
	int size() {
		return this.entries.entries();
	}

	/** The cache's meters, {@code cache=graphql.documents}. */
	MeterBinder metrics() {
		return this.entries.metrics("graphql.documents");
	}

	private record Key(String query, Locale locale) {
	}

}
