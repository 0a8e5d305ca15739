package tm.relations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The GraphQL service over the knowledge graph of Turkmenistan's foreign relations.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RelationsGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(RelationsGraphApplication.class, args);
	}

}
