package tm.relations.web.http;

import graphql.ExecutionResult;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Applies {@link PersistedQueries} to every request of the interceptor chain, whatever
 * the HTTP method: puts the stored or registered document in place of a hash, refuses
 * what the rules refuse (with a GraphQL error, nothing executed), and stores a checked
 * document once it ran. Spring for GraphQL passes a request without {@code query} but
 * with {@code extensions.persistedQuery} on with graphql-java's
 * {@code PersistedQueryMarker} as its document; that marker is what gets replaced.
 * <p>
 * Runs right inside the request-id and error interceptor of {@code tm.relations.web}, so
 * its errors carry the request id too, and before anything reads the document.
 */
class PersistedQueryInterceptor implements WebGraphQlInterceptor, Ordered {

	private final PersistedQueries queries;

	PersistedQueryInterceptor(PersistedQueries queries) {
		this.queries = queries;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = documentOf(request.getDocument());
		PersistedQueries.Outcome outcome = this.queries.resolve(document, request.getExtensions());
		if (outcome.error() != null) {
			ExecutionResult result = ExecutionResult.newExecutionResult().addError(outcome.error()).build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		if (document == null && outcome.document() != null) {
			String resolved = outcome.document();
			request.configureExecutionInput((input, builder) -> builder.query(resolved).build());
		}
		Mono<WebGraphQlResponse> response = chain.next(request);
		if (!outcome.store()) {
			return response;
		}
		return response.doOnNext((answer) -> {
			if (answer.isValid()) {
				this.queries.remember(outcome.hash(), outcome.document());
			}
		});
	}

	/** The document text of a request, {@code null} for a hash-only request. */
	static String documentOf(String document) {
		return (document == null || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(document)) ? null : document;
	}

}
