package tm.relations.loading;

import java.net.URI;
import java.util.Optional;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Starts the embedded Neo4j and hands its Bolt address to Spring Boot's driver
 * auto-configuration as {@link Neo4jConnectionDetails}, which takes precedence over
 * {@code spring.neo4j.*}. An empty store starts from the packaged {@link StoreImage} when
 * it was built from the load scripts found now. With an external {@code spring.neo4j.uri}
 * this configuration is skipped and Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties, GraphLoadProperties load,
			ResourcePatternResolver resources) {
		Optional<StoreImage> image = (properties.storeImage() && load.enabled())
				? StoreImage.find(resources, GraphLoader.scripts(load.locations(), resources)) : Optional.empty();
		return EmbeddedNeo4jServer.start(properties, image);
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
