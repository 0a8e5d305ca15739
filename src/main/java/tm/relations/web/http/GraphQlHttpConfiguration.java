package tm.relations.web.http;

import java.time.Duration;

import java.util.Map;
import java.util.TreeMap;

import graphql.schema.idl.SchemaPrinter;
import io.micrometer.core.instrument.binder.MeterBinder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Wires GET, HTTP caching and persisted queries into the GraphQL endpoint: the extended
 * HTTP handler takes the place of Spring Boot's (whose POST route then uses it), and a
 * GET route ahead of Spring Boot's routes (which answer GET with 405) sends queries over
 * GET to the same handler.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	@Bean
	PersistedQueries persistedQueries(PersistedQueryProperties properties, ResourcePatternResolver resources) {
		RegisteredQueries registered = RegisteredQueries.load(resources, properties.allowList().directory());
		PersistedQueryStore store = new PersistedQueryStore(properties.maxEntries(), properties.maxBytes().toBytes());
		return new PersistedQueries(properties.enabled(), properties.allowList().enabled(), registered, store);
	}

	@Bean
	PersistedQueryInterceptor persistedQueryInterceptor(PersistedQueries persistedQueries) {
		return new PersistedQueryInterceptor(persistedQueries);
	}

	@Bean
	EntityTags entityTags(GraphVersionTracker version, ObjectProvider<GraphQlSource> graphQlSource,
			Environment environment, ObjectProvider<JsonMapper> json) {
		return new EntityTags(version, () -> deployment(graphQlSource, environment),
				json.getIfAvailable(JsonMapper::shared));
	}

	/** An interceptor: Spring Boot adds it to the chain of every request. */
	@Bean
	@ConditionalOnBooleanProperty("graph.http.response-cache.enabled")
	ResponseCache responseCache(GraphVersionTracker version, HttpCachingProperties http,
			ObjectProvider<JsonMapper> json) {
		HttpCachingProperties.ResponseCache properties = http.responseCache();
		return new ResponseCache(version, properties.maxEntries(), properties.maxBytes().toBytes(),
				json.getIfAvailable(JsonMapper::shared));
	}

	/**
	 * The meters of the persisted-query store and, when it is on, the response cache
	 * ({@code cache.gets}, {@code cache.size} ... tagged
	 * {@code cache=graphql.persisted-queries} and {@code cache=graphql.responses}).
	 */
	@Bean
	MeterBinder httpCacheMetrics(PersistedQueries persistedQueries, ObjectProvider<ResponseCache> responseCache) {
		return (registry) -> {
			persistedQueries.metrics().bindTo(registry);
			responseCache.ifAvailable((cache) -> cache.metrics().bindTo(registry));
		};
	}

	@Bean
	CachingGraphQlHttpHandler cachingGraphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, EntityTags tags,
			PersistedQueries persistedQueries, HttpCachingProperties http, ObjectProvider<JsonMapper> json,
			Environment environment) {
		return new CachingGraphQlHttpHandler(webGraphQlHandler, tags, persistedQueries, http.cacheControl(),
				json.getIfAvailable(JsonMapper::shared),
				environment.getProperty("graph.limits.max-tokens", Integer.class, 15_000),
				environment.getProperty("spring.mvc.async.request-timeout", Duration.class, Duration.ofSeconds(30)));
	}

	/** Ahead of Spring Boot's GraphQL routes (order 0), which answer GET with 405. */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGetRouterFunction(CachingGraphQlHttpHandler handler,
			GraphQlProperties properties) {
		return RouterFunctions.route()
			.GET(properties.getHttp().getPath(),
					RequestPredicates.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON),
					handler::handleRequest)
			.build();
	}

	/**
	 * What besides the graph decides answers: the schema, and every {@code graph.*}
	 * setting (limits, path bounds, the salt, the allow-list mode...) but those that only
	 * say where things are ({@code graph.embedded.*}, {@code graph.load.*}, the
	 * allow-list folder) or how often the version is checked, which may differ between
	 * replicas that answer alike; and whether introspection is on.
	 */
	private static String deployment(ObjectProvider<GraphQlSource> graphQlSource, Environment environment) {
		GraphQlSource source = graphQlSource.getIfAvailable();
		String schema = (source != null) ? new SchemaPrinter().print(source.schema()) : "";
		Map<String, String> settings = new TreeMap<>(
				Binder.get(environment).bind("graph", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
		settings.keySet()
			.removeIf((key) -> key.startsWith("embedded.") || key.startsWith("load.")
					|| key.equals("http.version-check-interval")
					|| key.equals("persisted-queries.allow-list.directory"));
		return String.join("\n", schema, "graph=" + settings,
				"introspection=" + environment.getProperty("spring.graphql.schema.introspection.enabled", "true"));
	}

}
