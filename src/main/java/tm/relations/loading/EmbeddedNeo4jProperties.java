package tm.relations.loading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that serves when no external Neo4j is configured.
 *
 * @param enabled false turns the embedded server off even when {@code spring.neo4j.uri}
 * is not set
 * @param boltPort the loopback port of the Bolt connector; 0 picks a free one
 * @param storeDirectory where the store lives; empty means a temporary directory removed
 * on shutdown (the graph is rebuilt on every start, so nothing is lost)
 * @param storeImage whether a store directory without data starts from the build's
 * {@link StoreImage} (the graph as the build loaded it from the same scripts) instead of
 * running the load scripts; an image built from other scripts is ignored
 * @param transactionTimeout the server-side limit of any transaction
 * @param settings further settings of the server by their {@code neo4j.conf} names
 * ({@code server.memory.pagecache.size}, {@code dbms.usage_report.enabled}, ...), as
 * text; a name Neo4j does not know, a value it cannot read, or a setting the properties
 * above own is refused at start
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int boltPort,
		Path storeDirectory, @DefaultValue("true") boolean storeImage, @DefaultValue("30s") Duration transactionTimeout,
		Map<String, String> settings) {

	public EmbeddedNeo4jProperties {
		settings = (settings != null) ? Map.copyOf(settings) : Map.of();
	}

}
