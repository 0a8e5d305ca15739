package tm.relations.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Applies the load scripts while the application context starts, before the web server
 * accepts requests, to whichever Neo4j the driver points at (embedded or external). With
 * the embedded Neo4j the scripts are applied on the {@link EmbeddedGraphStartup}'s thread
 * as soon as the server is up, and this waits for them.
 */
@Component
public class GraphLoader implements InitializingBean {

	private final GraphLoadProperties properties;

	private final ResourcePatternResolver resources;

	private final CypherScriptRunner runner;

	private final String database;

	private final ObjectProvider<EmbeddedGraphStartup> embeddedStartup;

	private volatile LoadReport lastReport;

	GraphLoader(GraphLoadProperties properties, ResourcePatternResolver resources, Driver driver,
			DatabaseSelectionProvider databaseSelection, ObjectProvider<EmbeddedGraphStartup> embeddedStartup) {
		this.properties = properties;
		this.resources = resources;
		SessionConfig sessionConfig = sessionConfig(databaseSelection.getDatabaseSelection());
		this.database = sessionConfig.database().orElse(null);
		this.runner = new CypherScriptRunner(driver, sessionConfig, properties.lockTimeout());
		this.embeddedStartup = embeddedStartup;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.properties.enabled()) {
			EmbeddedGraphStartup startup = this.embeddedStartup.getIfAvailable();
			this.lastReport = (startup != null && startup.loadsLike(this.properties, this.database))
					? startup.awaitLoad() : this.runner.apply(scripts());
		}
	}

	/** What the last run did; {@code null} when loading is disabled. */
	public LoadReport lastReport() {
		return this.lastReport;
	}

	/** The scripts found at the configured locations. */
	public List<CypherScript> scripts() {
		return readScripts(this.resources, this.properties.locations());
	}

	/** The scripts found at the given comma-separated locations. */
	static List<CypherScript> readScripts(ResourcePatternResolver resources, String locations) {
		List<CypherScript> scripts = new ArrayList<>();
		for (String location : locations.split(",")) {
			String base = location.strip();
			String pattern = (base.endsWith("/") ? base : base + "/") + "*.cypher";
			try {
				for (Resource resource : resources.getResources(pattern)) {
					scripts.add(CypherScript.parse(resource.getFilename(),
							resource.getContentAsString(StandardCharsets.UTF_8)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read load scripts at " + pattern, ex);
			}
		}
		return scripts;
	}

	static SessionConfig sessionConfig(DatabaseSelection selection) {
		return (selection.getValue() == null || selection == DatabaseSelection.undecided())
				? SessionConfig.defaultConfig() : SessionConfig.forDatabase(selection.getValue());
	}

}
