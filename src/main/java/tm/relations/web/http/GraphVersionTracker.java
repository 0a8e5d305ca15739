package tm.relations.web.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

import tm.relations.loading.AppliedScript;
import tm.relations.loading.GraphLoader;
import tm.relations.loading.GraphVersion;

/**
 * The version of the loaded graph ({@link GraphVersion} of the scripts recorded in it,
 * the value {@code graph { version }} answers), which every {@code ETag} carries. Read
 * once when the service starts, after {@link GraphLoader} applied the scripts, then every
 * {@code graph.http.version-check-interval}, so that a replica notices scripts another
 * replica applied; {@link #refresh()} reads it at once. While it is unknown (Neo4j
 * unreachable at start), answers carry no {@code ETag}.
 */
@Component
public class GraphVersionTracker implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GraphVersionTracker.class);

	private static final String APPLIED_SCRIPTS = """
			MATCH (m:__Neo4jMigration)
			RETURN m.name AS name, m.checksum AS checksum""";

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final Duration interval;

	private volatile String current;

	private ScheduledExecutorService scheduler;

	private volatile boolean failing;

	/**
	 * @param loader not used, but taking it makes the scripts run before the first read
	 */
	GraphVersionTracker(Driver driver, DatabaseSelectionProvider databaseSelection, GraphLoader loader,
			HttpCachingProperties properties) {
		this.driver = driver;
		DatabaseSelection selection = databaseSelection.getDatabaseSelection();
		this.sessionConfig = (selection.getValue() == null || selection == DatabaseSelection.undecided())
				? SessionConfig.defaultConfig() : SessionConfig.forDatabase(selection.getValue());
		this.interval = properties.versionCheckInterval();
	}

	@Override
	public void afterPropertiesSet() {
		tryRefresh();
		if (this.interval != null && this.interval.isPositive()) {
			this.scheduler = Executors.newSingleThreadScheduledExecutor(
					Thread.ofPlatform().name("graph-version-check").daemon(true).factory());
			long millis = this.interval.toMillis();
			this.scheduler.scheduleWithFixedDelay(this::tryRefresh, millis, millis, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void destroy() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	/** The version of the loaded graph, or {@code null} while it could not be read. */
	public String current() {
		return this.current;
	}

	/**
	 * Reads the version from the graph now.
	 * @return the version read
	 * @throws RuntimeException when Neo4j cannot be read (the known version is kept)
	 */
	public String refresh() {
		List<AppliedScript> scripts;
		try (Session session = this.driver.session(this.sessionConfig)) {
			scripts = session.executeRead((tx) -> tx.run(APPLIED_SCRIPTS)
				.list((row) -> new AppliedScript(row.get("name").asString(), row.get("checksum").asString(), "")));
		}
		String version = GraphVersion.of(scripts);
		String previous = this.current;
		this.current = version;
		if (!Objects.equals(previous, version)) {
			log.info("Graph version {} ({} load scripts applied): ETags follow it", version, scripts.size());
		}
		return version;
	}

	private void tryRefresh() {
		try {
			refresh();
			this.failing = false;
		}
		catch (RuntimeException ex) {
			// Once per outage at WARN: the check repeats every interval.
			if (!this.failing) {
				log.warn("Could not read the graph version ({}); keeping {}", ex.getMessage(), this.current);
			}
			else {
				log.debug("Still cannot read the graph version: {}", ex.getMessage());
			}
			this.failing = true;
		}
	}

}
