package tm.relations.organisation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tm.relations.GraphApiTestSupport;
import tm.relations.node.EntityNames;
import tm.relations.node.GraphNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code organisation(name:)} finds its organisation through the shared indexed lookup
 * ({@code EntityLookup.NAMED}). These tests hold it to the statement it replaced, which
 * read every organisation (kept here as the definition): the same organisation for every
 * acronym, name, key and alias in the graph, whatever the case and padding. Global ids
 * ({@code Organisation:osce}), which the old statement did not know, find their own
 * organisation.
 */
class OrganisationLookupTests extends GraphApiTestSupport {

	/** The statement before: every organisation read and compared. */
	private static final String READ_EVERY_ORGANISATION = """
			WITH toLower(trim($name)) AS wanted
			MATCH (o:Entity:Organisation)
			WHERE toLower(o.acronym) = wanted OR toLower(o.name) = wanted OR o.id = wanted
			   OR any(alias IN coalesce(o.aliases, []) WHERE toLower(alias) = wanted)
			RETURN o.id AS id
			ORDER BY CASE WHEN toLower(o.acronym) = wanted THEN 0 WHEN toLower(o.name) = wanted THEN 1 ELSE 2 END, o.id
			LIMIT 1""";

	@Autowired
	private OrganisationRepository organisations;

	@Test
	void findsTheOrganisationReadingEveryOneFoundForEveryName() {
		int compared = 0;
		int globalIds = 0;
		for (String text : EntityNames.of(this.driver, "Organisation")) {
			GraphNode found = this.organisations.findByName(text);
			String definition = definition(text);
			assertThat(found).as("organisation named '%s'", text).isNotNull();
			if (definition != null) {
				assertThat(found.key()).as("organisation named '%s'", text).isEqualTo(definition);
				compared++;
			}
			else {
				assertThat(text.strip()).as("only a global id is new").startsWithIgnoringCase("Organisation:");
				assertThat(text.strip().substring("Organisation:".length())).isEqualToIgnoringCase(found.key());
				globalIds++;
			}
		}
		assertThat(compared).isGreaterThan(100);
		assertThat(globalIds).isGreaterThan(10);
	}

	@Test
	void answersByAcronymAndGlobalIdOverHttp() {
		this.graphQl.document("""
				{ acronym: organisation(name: "osce") { id }
				  globalId: organisation(name: "ORGANISATION:osce ") { id }
				  unknown: organisation(name: "Atlantis League") { id }
				  stopWords: organisation(name: "of the") { id } }""")
			.execute()
			.path("acronym.id")
			.entity(String.class)
			.isEqualTo("Organisation:osce")
			.path("globalId.id")
			.entity(String.class)
			.isEqualTo("Organisation:osce")
			.path("unknown")
			.valueIsNull()
			.path("stopWords")
			.valueIsNull();
	}

	private String definition(String text) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(READ_EVERY_ORGANISATION, Map.of("name", text))
				.list()
				.stream()
				.map((row) -> row.get("id").asString())
				.findFirst()
				.orElse(null));
		}
	}

}
