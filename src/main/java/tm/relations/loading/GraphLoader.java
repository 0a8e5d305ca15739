package tm.relations.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Applies the load scripts while the application context starts, before the web server
 * accepts requests, to whichever Neo4j the driver points at (embedded or external).
 */
@Component
public class GraphLoader implements InitializingBean {

	private final GraphLoadProperties properties;

	private final ResourcePatternResolver resources;

	private final CypherScriptRunner runner;

	private volatile LoadReport lastReport;

	GraphLoader(GraphLoadProperties properties, ResourcePatternResolver resources, Driver driver,
			DatabaseSelectionProvider databaseSelection) {
		this.properties = properties;
		this.resources = resources;
		this.runner = new CypherScriptRunner(driver, sessionConfig(databaseSelection.getDatabaseSelection()),
				properties.lockTimeout());
	}

	@Override
	public void afterPropertiesSet() {
		if (this.properties.enabled()) {
			this.lastReport = this.runner.apply(scripts());
		}
	}

	/** What the last run did; {@code null} when loading is disabled. */
	public LoadReport lastReport() {
		return this.lastReport;
	}

	/** The scripts found at the configured locations. */
	public List<CypherScript> scripts() {
		return scripts(this.properties.locations(), this.resources);
	}

	/**
	 * The scripts found at these locations (comma-separated Spring resource patterns).
	 */
	static List<CypherScript> scripts(String locations, ResourcePatternResolver resources) {
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
