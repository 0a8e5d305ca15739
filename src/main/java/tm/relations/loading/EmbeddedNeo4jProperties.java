package tm.relations.loading;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that serves when no external Neo4j is configured.
 *
 * @param enabled false turns the embedded server off even when {@code spring.neo4j.uri}
 * is not set
 * @param boltPort the loopback port of the Bolt connector; 0 picks a free one
 * @param storeDirectory where the store lives; empty means a temporary directory removed
 * on shutdown (the graph is rebuilt from the load scripts on every start, so nothing is
 * lost)
 * @param transactionTimeout the server-side limit of any transaction
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int boltPort,
		Path storeDirectory, @DefaultValue("30s") Duration transactionTimeout) {
}
