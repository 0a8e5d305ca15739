package tm.relations.company;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import tm.relations.GraphApiTestSupport;
import tm.relations.node.EntityLookup;
import tm.relations.node.EntityNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code companies(country:)} finds the home country through the shared indexed lookup
 * and the companies from it. These tests hold it to the statement it replaced, which read
 * every country and tested every company (kept here as the definition): the same home,
 * count and page for every way to name every country, and for the countries with
 * companies and no country at all under every sector and revision (the second page of
 * two).
 */
class CompaniesDefinitionTests extends GraphApiTestSupport {

	/** The statement before. */
	private static final String READ_EVERY_COMPANY = """
			WITH toLower(trim($country)) AS wanted
			WITH COLLECT { MATCH (h:Entity:Country)
			               WHERE toLower(h.iso3) = wanted OR toLower(h.name) = wanted OR h.id = wanted
			                  OR any(alias IN coalesce(h.aliases, []) WHERE toLower(alias) = wanted)
			               RETURN h.id AS id
			               ORDER BY CASE WHEN toLower(h.iso3) = wanted THEN 0 WHEN toLower(h.name) = wanted THEN 1
			                        ELSE 2 END, id }[0] AS home
			CALL (home) {
			  MATCH (co:Entity:Company)
			  WHERE ($country IS NULL
			         OR EXISTS { MATCH (co)-[r:HEADQUARTERED_IN]->(:Entity {id: home})
			                     WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND NOT coalesce(r.dubious, false) })
			    AND ($sector IS NULL OR toLower(co.sector) = toLower($sector)
			         OR EXISTS { MATCH (co)-[a:ACTIVE_IN]->() WHERE toLower(a.sector) = toLower($sector) })
			    AND ($asOf IS NULL OR $asOf IN co.revisions)
			  WITH co ORDER BY toLower(co.name), co.id
			  RETURN collect(co) AS matches
			}
			RETURN home, size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page""";

	/**
	 * Homes the seeds do not state, added in the test's transaction and rolled back: one
	 * stated by fewer revisions than its company, a dubious one, and a company with two
	 * homes, one of them stated twice. In the seeds every home is stated by exactly the
	 * revisions that mention its company, so they alone cannot tell whether the home's
	 * own revisions are read.
	 */
	private static final String HOMES_THE_SEEDS_DO_NOT_HAVE = """
			MATCH (germany:Entity:Country {id: 'germany'}), (france:Entity:Country {id: 'france'})
			CREATE (a:Entity:Company {id: 'test-older-home', name: 'A Test Bank', sector: 'BANKING', revisions: ['000', '002']})
			       -[:HEADQUARTERED_IN {revisions: ['000']}]->(germany)
			CREATE (b:Entity:Company {id: 'test-dubious-home', name: 'B Test Bank', sector: 'BANKING', revisions: ['002']})
			       -[:HEADQUARTERED_IN {revisions: ['002'], dubious: true}]->(germany)
			CREATE (c:Entity:Company {id: 'test-two-homes', name: 'C Test Works', sector: 'INDUSTRIAL', revisions: ['000', '001', '002']})
			CREATE (c)-[:HEADQUARTERED_IN {revisions: ['000', '001']}]->(germany)
			CREATE (c)-[:HEADQUARTERED_IN {revisions: ['002']}]->(germany)
			CREATE (c)-[:HEADQUARTERED_IN {revisions: ['001', '002']}]->(france)""";

	@Test
	void findsTheSameHomeAndCompaniesForEveryNameOfEveryCountry() {
		int compared = 0;
		int globalIds = 0;
		for (String country : EntityNames.of(this.driver, "Country")) {
			List<Object> page = page(CompanyRepository.COMPANIES, country, null, null, 0, 100);
			List<Object> definition = page(READ_EVERY_COMPANY, country, null, null, 0, 100);
			if (definition.get(0) == null && country.strip().toLowerCase().startsWith("country:")) {
				assertThat(page.get(0)).as("home of '%s'", country)
					.isEqualTo(country.strip().toLowerCase().substring("country:".length()));
				globalIds++;
			}
			else {
				assertThat(page).as("companies of '%s'", country).isEqualTo(definition);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(300);
		assertThat(globalIds).isGreaterThan(30);
	}

	@Test
	void findsTheSameCompaniesForEverySectorAndRevision() {
		List<String> countries = new ArrayList<>(homes());
		countries.addAll(Arrays.asList(null, "Atlantis"));
		List<String> sectors = new ArrayList<>(sectors());
		sectors.addAll(Arrays.asList("banking", null, "nothing like it"));
		int nonEmpty = 0;
		try (var session = this.driver.session(); var tx = session.beginTransaction()) {
			tx.run(HOMES_THE_SEEDS_DO_NOT_HAVE).consume();
			for (String country : countries) {
				for (String sector : sectors) {
					for (String asOf : Arrays.asList(null, "000", "001", "002")) {
						List<Object> page = page(tx, CompanyRepository.COMPANIES, country, sector, asOf, 1, 2);
						assertThat(page).as("companies of %s, sector %s, as of %s", country, sector, asOf)
							.isEqualTo(page(tx, READ_EVERY_COMPANY, country, sector, asOf, 1, 2));
						nonEmpty += ((Long) page.get(1) > 0) ? 1 : 0;
					}
				}
			}
			tx.rollback();
		}
		assertThat(nonEmpty).isGreaterThan(50);
	}

	/** Home key, count and page of company keys, in a transaction of its own. */
	private List<Object> page(String statement, String country, String sector, String asOf, int offset, int first) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> page(tx, statement, country, sector, asOf, offset, first));
		}
	}

	private static List<Object> page(SimpleQueryRunner runner, String statement, String country, String sector,
			String asOf, int offset, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("country", country);
		parameters.put("lookup", EntityLookup.lookup("Country", country));
		parameters.put("sector", sector);
		parameters.put("asOf", asOf);
		parameters.put("offset", offset);
		parameters.put("first", first);
		Record row = runner.run(statement, parameters).single();
		return Arrays.asList(row.get("home").isNull() ? null : row.get("home").asString(),
				row.get("totalCount").asLong(), row.get("page").asList((Value n) -> n.asNode().get("id").asString()));
	}

	/** The keys of the countries companies are headquartered in. */
	private List<String> homes() {
		return strings("MATCH (:Company)-[:HEADQUARTERED_IN]->(h:Country) RETURN DISTINCT h.id AS s ORDER BY s");
	}

	/** Every sector of a company or activity. */
	private List<String> sectors() {
		return strings(
				"""
						CALL () { MATCH (co:Company) RETURN co.sector AS s UNION MATCH ()-[a:ACTIVE_IN]->() RETURN a.sector AS s }
						WITH s WHERE s IS NOT NULL
						RETURN DISTINCT s ORDER BY s""");
	}

	private List<String> strings(String statement) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(statement).list((row) -> row.get("s").asString()));
		}
	}

}
