package tm.relations.web;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the engine the {@link ParsedDocumentCache}, so that a document sent again is not
 * parsed and validated again.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	/** Documents kept at most. */
	static final int MAX_DOCUMENTS = 1000;

	/** Characters of document text kept at most (about 8 MB of text). */
	static final long MAX_CHARACTERS = 4_000_000;

	@Bean
	ParsedDocumentCache parsedDocumentCache() {
		return new ParsedDocumentCache(MAX_DOCUMENTS, MAX_CHARACTERS);
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer(ParsedDocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

}
