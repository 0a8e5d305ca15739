package tm.relations.loading;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Starts the embedded Neo4j and then applies the load scripts to it on a thread of its
 * own, begun as soon as the configuration is known, so that Spring creates the rest of
 * the application meanwhile instead of waiting for it (which pays where a core is free:
 * on two cores a cold start is CPU-bound, README "Start time"). The beans that need the
 * server ({@link EmbeddedNeo4jConfiguration}) and the loaded graph ({@link GraphLoader})
 * wait for it, so the web server still accepts requests only once the graph is loaded,
 * and a failure still stops the start.
 * <p>
 * Begun by {@link EmbeddedGraphEarlyStart} when the environment is ready (from the main
 * method), otherwise by {@link EmbeddedNeo4jConfiguration} when the bean definitions are.
 * Registered as a singleton that stops the server when the application context closes,
 * whether or not a bean took the server.
 */
final class EmbeddedGraphStartup implements DisposableBean {

	static final String BEAN_NAME = "embeddedGraphStartup";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedGraphStartup.class);

	private final CompletableFuture<EmbeddedNeo4jServer> server = new CompletableFuture<>();

	private final CompletableFuture<LoadReport> load = new CompletableFuture<>();

	private final GraphLoadProperties loadProperties;

	private final String database;

	private volatile boolean inUse;

	private EmbeddedGraphStartup(GraphLoadProperties loadProperties, String database) {
		this.loadProperties = loadProperties;
		this.database = database;
	}

	/**
	 * Begins starting the embedded Neo4j as the environment configures it, and loading
	 * the scripts into it when {@code graph.load.enabled}.
	 */
	static EmbeddedGraphStartup begin(Environment environment, ResourceLoader resourceLoader) {
		Binder binder = Binder.get(environment);
		EmbeddedNeo4jProperties embedded = binder.bindOrCreate("graph.embedded", EmbeddedNeo4jProperties.class);
		GraphLoadProperties load = binder.bindOrCreate("graph.load", GraphLoadProperties.class);
		String database = environment.getProperty("spring.data.neo4j.database");
		EmbeddedGraphStartup startup = new EmbeddedGraphStartup(load,
				(database == null || database.isBlank()) ? null : database);
		ResourcePatternResolver resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		Thread.ofPlatform().name("embedded-neo4j-startup").daemon(true).start(() -> startup.run(embedded, resources));
		return startup;
	}

	private void run(EmbeddedNeo4jProperties embedded, ResourcePatternResolver resources) {
		EmbeddedNeo4jServer started;
		try {
			started = EmbeddedNeo4jServer.start(embedded);
			this.server.complete(started);
		}
		catch (Throwable ex) {
			this.server.completeExceptionally(ex);
			this.load.completeExceptionally(ex);
			return;
		}
		if (!this.loadProperties.enabled()) {
			this.load.complete(null);
			return;
		}
		try (Driver driver = GraphDatabase.driver(started.boltUri(), AuthTokens.none())) {
			SessionConfig session = (this.database != null) ? SessionConfig.forDatabase(this.database)
					: SessionConfig.defaultConfig();
			this.load.complete(new CypherScriptRunner(driver, session, this.loadProperties.lockTimeout())
				.apply(GraphLoader.readScripts(resources, this.loadProperties.locations())));
		}
		catch (Throwable ex) {
			this.load.completeExceptionally(ex);
		}
	}

	/**
	 * Registers the startup in a bean factory whose context has not been refreshed yet,
	 * to be stopped when that context closes.
	 */
	void register(ConfigurableListableBeanFactory beanFactory) {
		beanFactory.registerSingleton(BEAN_NAME, this);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, this);
		}
	}

	/**
	 * Waits for the server to accept Bolt connections and marks it as the one the
	 * application uses.
	 * @throws IllegalStateException when it could not start
	 */
	EmbeddedNeo4jServer awaitServer() {
		EmbeddedNeo4jServer started = await(this.server);
		this.inUse = true;
		return started;
	}

	/**
	 * Whether this startup loads the scripts a {@link GraphLoader} with these settings
	 * would load, into the server the application uses.
	 */
	boolean loadsLike(GraphLoadProperties properties, String database) {
		return this.inUse && properties.enabled() && this.loadProperties.equals(properties)
				&& Objects.equals(this.database, database);
	}

	/**
	 * Waits until the scripts are applied.
	 * @return what the run did
	 * @throws RuntimeException what applying them threw
	 */
	LoadReport awaitLoad() {
		return await(this.load);
	}

	/**
	 * Stops the server (waiting for it to have started first, as a start cannot be
	 * interrupted), whether or not a bean took it.
	 */
	@Override
	public void destroy() {
		EmbeddedNeo4jServer started;
		try {
			started = this.server.join();
		}
		catch (CancellationException | CompletionException ex) {
			// It did not start: nothing to stop.
			return;
		}
		started.close();
		if (!this.load.isDone()) {
			log.info("Stopped the embedded Neo4j while the load scripts were running");
		}
	}

	private static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the embedded Neo4j", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
