package tm.relations.loading;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Begins the {@link EmbeddedGraphStartup} as soon as the environment is prepared, before
 * Spring reads the configuration classes, and hands it to the application context once
 * that exists. Added to the {@code SpringApplication} by the main method; without it (as
 * in tests) {@link EmbeddedNeo4jConfiguration} begins the startup a little later itself.
 * <p>
 * Only the properties can be consulted this early: the embedded Neo4j starts unless
 * {@code spring.neo4j.uri} is set or {@code graph.embedded.enabled} is false, as
 * {@link EmbeddedNeo4jCondition} decides. Should the context still not use it, it is
 * stopped when the context closes.
 */
public class EmbeddedGraphEarlyStart implements SmartApplicationListener {

	private EmbeddedGraphStartup startup;

	private boolean registered;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public synchronized void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			if (this.startup == null && EmbeddedNeo4jCondition.embeddedWanted(prepared.getEnvironment())) {
				ClassLoader classLoader = prepared.getSpringApplication().getClassLoader();
				this.startup = EmbeddedGraphStartup.begin(prepared.getEnvironment(),
						new DefaultResourceLoader(classLoader));
			}
		}
		else if (event instanceof ApplicationPreparedEvent prepared) {
			if (this.startup != null && !this.registered) {
				this.startup.register(prepared.getApplicationContext().getBeanFactory());
				this.registered = true;
			}
		}
		else if (event instanceof ApplicationFailedEvent && this.startup != null && !this.registered) {
			// No context took it, so no context closes it.
			this.startup.destroy();
		}
	}

	/** After the listeners that load the configuration and set up logging. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
