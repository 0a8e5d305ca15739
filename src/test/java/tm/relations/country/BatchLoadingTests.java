package tm.relations.country;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested selections over many countries cost one Cypher statement per field, never one
 * per country: counted from Spring Data Neo4j's statement log while the request runs.
 */
class BatchLoadingTests extends GraphApiTestSupport {

	private static final String NESTED = """
			{ counterparts(first: 40) { totalCount edges { node { ... on Country {
			    relationWithTurkmenistan { established { value } }
			    missions { key city { name } owner { name } accreditedTo { role } }
			    companies { company { name activities { activity } } }
			    agreements { key parties { role } }
			    disputes { key statusHistory { value } }
			    sharedMemberships { organisation { name } }
			    trade { tradeKind } } } } } }""";

	/** The root field and the 13 nested fields of {@link #NESTED} that read the graph. */
	private static final int FIELDS_READING_THE_GRAPH = 14;

	@Test
	void loadsNestedFieldsOfManyCountriesWithOneStatementPerField() {
		Logger cypherLog = (Logger) LoggerFactory.getLogger("org.springframework.data.neo4j.cypher");
		ListAppender<ILoggingEvent> statements = new ListAppender<>();
		statements.start();
		Level level = cypherLog.getLevel();
		cypherLog.setLevel(Level.DEBUG);
		cypherLog.addAppender(statements);
		int countries;
		try {
			countries = this.graphQl.document(NESTED)
				.execute()
				.path("counterparts.totalCount")
				.entity(Integer.class)
				.get();
		}
		finally {
			cypherLog.detachAppender(statements);
			cypherLog.setLevel(level);
		}
		List<String> executed = statements.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter((message) -> message.startsWith("Executing:"))
			.toList();
		assertThat(countries).isGreaterThan(20);
		// Since 2026-12-06 the page and all its fields are one statement
		// (CountryProfiles); at most one per field in any case.
		assertThat(executed).hasSizeLessThanOrEqualTo(FIELDS_READING_THE_GRAPH).isNotEmpty();
	}

}
