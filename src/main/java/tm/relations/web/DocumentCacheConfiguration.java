package tm.relations.web;

import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the engine the {@link ParsedDocumentCache}, so that a document sent again is not
 * parsed and validated again, and keeps the {@link NormalizedOperations} of documents
 * sent again with the same variables.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	/** Documents kept at most. */
	static final int MAX_DOCUMENTS = 1000;

	/** Characters of document text kept at most (about 8 MB of text). */
	static final long MAX_CHARACTERS = 4_000_000;

	/** Normalised operations kept at most. */
	static final int MAX_OPERATIONS = 1000;

	/**
	 * Fields of the normalised operations kept, at most (a few tens of MB; a request has
	 * at most {@code graph.limits.max-fields}, 500 by default, the nested country
	 * question about a hundred).
	 */
	static final long MAX_NORMALIZED_FIELDS = 25_000;

	@Bean
	NormalizedOperations normalizedOperations() {
		return new NormalizedOperations(MAX_OPERATIONS, MAX_NORMALIZED_FIELDS);
	}

	@Bean
	ParsedDocumentCache parsedDocumentCache() {
		return new ParsedDocumentCache(MAX_DOCUMENTS, MAX_CHARACTERS);
	}

	/**
	 * Both caches' meters ({@code cache.gets}, {@code cache.size} ... tagged
	 * {@code cache=graphql.documents} and {@code cache=graphql.operations}).
	 */
	@Bean
	MeterBinder documentCacheMetrics(ParsedDocumentCache documents, NormalizedOperations operations) {
		return (registry) -> {
			documents.metrics().bindTo(registry);
			operations.metrics().bindTo(registry);
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer(ParsedDocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

}
