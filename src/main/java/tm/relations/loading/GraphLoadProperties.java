package tm.relations.loading;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the load-script runner.
 *
 * @param enabled false skips loading (the graph is used as it is)
 * @param locations where the scripts are, as Spring resource patterns
 * ({@code classpath:cypher/} holds the top-level {@code cypher/} folder)
 * @param lockTimeout how long a starting replica waits for another one that is loading
 */
@ConfigurationProperties("graph.load")
public record GraphLoadProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:cypher/") String locations, @DefaultValue("2m") Duration lockTimeout) {
}
