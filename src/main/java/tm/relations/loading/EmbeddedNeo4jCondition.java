package tm.relations.loading;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded Neo4j serves unless the standard {@code spring.neo4j.uri} points elsewhere
 * (for example through {@code SPRING_NEO4J_URI}), another connection is declared (a
 * Testcontainers {@code @ServiceConnection}), or {@code graph.embedded.enabled} is false.
 */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		boolean externalConfigured = !environment.getProperty("spring.neo4j.uri", "").isBlank();
		boolean enabled = environment.getProperty("graph.embedded.enabled", Boolean.class, true);
		return enabled && !externalConfigured && !otherConnectionDetails(context);
	}

	private static boolean otherConnectionDetails(ConditionContext context) {
		return context.getBeanFactory() != null
				&& context.getBeanFactory().getBeanNamesForType(Neo4jConnectionDetails.class, true, false).length > 0;
	}

}
