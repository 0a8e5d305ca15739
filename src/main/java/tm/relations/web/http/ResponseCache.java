package tm.relations.web.http;

import java.util.Objects;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.binder.MeterBinder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import tm.relations.web.BoundedStore;

/**
 * The optional cache of answers inside the service ({@code graph.http.response-cache}):
 * an interceptor that keys answers by the {@code ETag} {@link CachingGraphQlHttpHandler}
 * computed for the request. That tag holds the graph version, so an answer computed from
 * an older graph is never found for a request once the version changed; an answer is only
 * kept when its tag is of the version known when it is stored, and the cache empties
 * itself when it sees a new version. Only answers without errors are kept, bounded by
 * count and by bytes of their JSON. A hit skips the rest of the interceptor chain (it
 * runs right inside the request-id interceptor, before persisted queries are resolved),
 * which produced the same answer for the same tag before.
 */
final class ResponseCache implements WebGraphQlInterceptor, Ordered {

	private final GraphVersionTracker version;

	private final BoundedStore<String, ExecutionResult> answers;

	private final JsonMapper json;

	private String cachedVersion;

	ResponseCache(GraphVersionTracker version, int maxEntries, long maxBytes, JsonMapper json) {
		this.version = version;
		this.answers = new BoundedStore<>(maxEntries, maxBytes);
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 50;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object attribute = request.getAttributes().get(CachingGraphQlHttpHandler.ETAG_ATTRIBUTE);
		if (!(attribute instanceof String tag)) {
			return chain.next(request);
		}
		ExecutionResult cached = lookup(tag);
		if (cached != null) {
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)));
		}
		return chain.next(request).doOnNext((response) -> {
			if (response.isValid() && response.getErrors().isEmpty()) {
				store(tag, response.getExecutionResult());
			}
		});
	}

	private synchronized ExecutionResult lookup(String tag) {
		forgetOlderVersions();
		return this.answers.get(tag);
	}

	private synchronized void store(String tag, ExecutionResult result) {
		forgetOlderVersions();
		// Tags start with W/"<version>-: keep only answers of the version known now.
		if (this.cachedVersion != null && tag.startsWith("W/\"" + this.cachedVersion + "-")) {
			this.answers.put(tag, result, this.json.writeValueAsBytes(result.toSpecification()).length);
		}
	}

	private void forgetOlderVersions() {
		String current = this.version.current();
		if (!Objects.equals(current, this.cachedVersion)) {
			this.answers.clear();
			this.cachedVersion = current;
		}
	}

	/** How many requests were answered from the cache. */
	long hits() {
		return this.answers.hits();
	}

	/** How many answers are kept. */
	int size() {
		return this.answers.entries();
	}

	/** The cache's meters, {@code cache=graphql.responses}. */
	MeterBinder metrics() {
		return this.answers.metrics("graphql.responses");
	}

}
