package tm.relations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import tm.relations.loading.EmbeddedGraphEarlyStart;

/**
 * The GraphQL service over the knowledge graph of Turkmenistan's foreign relations.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RelationsGraphApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(RelationsGraphApplication.class);
		// The embedded Neo4j starts and loads the scripts while Spring builds the rest.
		application.addListeners(new EmbeddedGraphEarlyStart());
		application.run(args);
	}

}
