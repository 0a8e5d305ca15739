package tm.relations.warmup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the warm-up after start ({@link StartupWarmup}).
 *
 * @param enabled false skips it: the first request of each kind then waits for Neo4j to
 * plan its statements (seconds for the nested country question in a cold JVM)
 * @param documents the GraphQL documents to run, as a Spring resource pattern; a leading
 * {@code # variables: {...}} line gives a document's variables
 * @param timeout the longest one document may take before the warm-up moves on
 * @param exitWhenDone true stops the application once the warm-up has run: for the run
 * that trains the JVM's AOT cache ({@code Dockerfile}, the benchmark), so that the cache
 * holds the classes of answering questions, not only those of starting
 */
@ConfigurationProperties("graph.warmup")
public record WarmupProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath*:graphql-examples/*.graphql") String documents, @DefaultValue("60s") Duration timeout,
		@DefaultValue("false") boolean exitWhenDone) {
}
