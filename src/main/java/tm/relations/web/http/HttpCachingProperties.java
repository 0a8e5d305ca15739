package tm.relations.web.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How answers of the GraphQL endpoint are marked for HTTP caches (README "Caching and
 * persisted queries").
 *
 * @param cacheControl the {@code Cache-Control} of answers without errors; answers with
 * errors always get {@code no-store}
 * @param versionCheckInterval how often the version of the loaded graph is read again
 * from Neo4j, so that a replica notices scripts another replica applied; {@code 0} reads
 * it once at start only
 * @param etagSalt mixed into every {@code ETag}: set it to the release id when a release
 * changes answers without changing the schema or the load scripts (a resolver fix), so
 * that caches do not keep the old answers past their {@code max-age}
 * @param responseCache the optional cache of answers inside the service
 */
@ConfigurationProperties("graph.http")
public record HttpCachingProperties(@DefaultValue("public, max-age=300") String cacheControl,
		@DefaultValue("30s") Duration versionCheckInterval, @DefaultValue("") String etagSalt,
		@DefaultValue ResponseCache responseCache) {

	/**
	 * A cache of answers without errors inside each replica, keyed by their {@code ETag}
	 * (and so by the graph version): a repeated request is answered without asking Neo4j.
	 * Off by default: HTTP caches in front usually do this better, and it only pays for
	 * many identical requests from clients that do not cache.
	 *
	 * @param enabled turns it on
	 * @param maxEntries most answers kept
	 * @param maxBytes most bytes of answers kept (as JSON)
	 */
	public record ResponseCache(@DefaultValue("false") boolean enabled, @DefaultValue("500") int maxEntries,
			@DefaultValue("16MB") DataSize maxBytes) {
	}

}
