package tm.relations.loading;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Starts the embedded Neo4j and hands its Bolt address to Spring Boot's driver
 * auto-configuration as {@link Neo4jConnectionDetails}, which takes precedence over
 * {@code spring.neo4j.*}. With an external {@code spring.neo4j.uri} this configuration is
 * skipped and Boot connects to that server instead.
 * <p>
 * The server starts on a thread of its own ({@link EmbeddedGraphStartup}), begun by the
 * main method's {@link EmbeddedGraphEarlyStart} or, failing that, here as soon as the
 * bean definitions are known; the server bean waits for it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean
	static BeanFactoryPostProcessor embeddedGraphStartupBeginner(Environment environment,
			ResourceLoader resourceLoader) {
		return (beanFactory) -> {
			if (!beanFactory.containsSingleton(EmbeddedGraphStartup.BEAN_NAME)) {
				EmbeddedGraphStartup.begin(environment, resourceLoader).register(beanFactory);
			}
		};
	}

	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedGraphStartup startup) {
		return startup.awaitServer();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}

		};
	}

}
