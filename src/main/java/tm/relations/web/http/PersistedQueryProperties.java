package tm.relations.web.http;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Automatic Persisted Queries (the protocol of Apollo clients) and the allow-list mode.
 *
 * @param enabled false answers every hash-only request with
 * {@code PersistedQueryNotSupported}, so that clients fall back to sending the text
 * @param maxEntries most documents the store of persisted queries keeps; the least
 * recently used go first
 * @param maxBytes most bytes (UTF-8 text) the store keeps in all
 * @param allowList the allow-list mode
 */
@ConfigurationProperties("graph.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int maxEntries,
		@DefaultValue("4MB") DataSize maxBytes, @DefaultValue AllowList allowList) {

	/**
	 * Only documents registered ahead of time are executed.
	 *
	 * @param enabled turns the mode on
	 * @param directory a folder of further {@code *.graphql} documents to register,
	 * besides the example queries of {@code graphql/examples/} (always registered)
	 */
	public record AllowList(@DefaultValue("false") boolean enabled, Path directory) {
	}

}
