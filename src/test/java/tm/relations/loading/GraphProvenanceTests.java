package tm.relations.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of the loaded graph carries the revisions that state it and a verbatim
 * sentence from each, and every such sentence really occurs in that revision's seed text.
 */
class GraphProvenanceTests extends GraphApiTestSupport {

	private static final SeedTexts seeds = SeedTexts.read();

	private List<Record> facts() {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx
				.run("""
						MATCH (a)-[r]->(b)
						RETURN 'relationship ' + type(r) + ' ' + coalesce(r.key, '?') + ' (' + coalesce(a.id, a.key, '?') + ' -> ' + coalesce(b.id, b.key, '?') + ')' AS fact,
						       r.revisions AS revisions, r.quotes AS quotes, r.context AS context, r.contextRevision AS contextRevision
						UNION ALL
						MATCH (f:Fact)
						RETURN 'fact node ' + coalesce(f.key, '?') AS fact, f.revisions AS revisions, f.quotes AS quotes,
						       f.context AS context, f.contextRevision AS contextRevision
						UNION ALL
						MATCH (e:Entity)
						RETURN 'entity ' + e.id AS fact, e.revisions AS revisions, e.quotes AS quotes, null AS context, null AS contextRevision
						""")
				.list());
		}
	}

	@Test
	void everyFactNamesItsRevisionsWithOneQuoteEach() {
		List<String> defects = new ArrayList<>();
		for (Record fact : facts()) {
			String name = fact.get("fact").asString();
			if (fact.get("revisions").isNull() || fact.get("revisions").asList().isEmpty()) {
				defects.add(name + ": no revisions");
			}
			else if (fact.get("quotes").isNull() || fact.get("quotes").size() != fact.get("revisions").size()) {
				defects.add(name + ": not one quote per revision");
			}
		}
		assertThat(defects).isEmpty();
		assertThat(facts()).hasSizeGreaterThan(100);
	}

	@Test
	void everyQuoteOccursInTheRevisionItNames() {
		List<String> defects = new ArrayList<>();
		for (Record fact : facts()) {
			if (fact.get("revisions").isNull() || fact.get("quotes").isNull()) {
				continue;
			}
			List<String> revisions = fact.get("revisions").asList((v) -> v.asString());
			List<String> quotes = fact.get("quotes").asList((v) -> v.asString());
			for (int i = 0; i < Math.min(revisions.size(), quotes.size()); i++) {
				if (!seeds.states(revisions.get(i), quotes.get(i))) {
					defects.add(fact.get("fact").asString() + ": revision " + revisions.get(i) + " does not say \""
							+ quotes.get(i) + "\"");
				}
			}
			if (!fact.get("context").isNull()
					&& !seeds.states(fact.get("contextRevision").asString(""), fact.get("context").asString())) {
				defects.add(fact.get("fact").asString() + ": context not in revision "
						+ fact.get("contextRevision").asString("?"));
			}
		}
		assertThat(defects).isEmpty();
	}

	@Test
	void everyAliasIsASpellingTheTextsUse() {
		try (Session session = this.driver.session()) {
			List<Map<String, Object>> aliases = session
				.executeRead((tx) -> tx.run("MATCH (e:Entity) UNWIND e.aliases AS alias RETURN e.id AS id, alias")
					.list(Record::asMap));
			assertThat(aliases).isNotEmpty()
				.allSatisfy((row) -> assertThat(seeds.anyMentions((String) row.get("alias")))
					.as("alias %s of %s occurs in a seed", row.get("alias"), row.get("id"))
					.isTrue());
		}
	}

	@Test
	void onlyFactsOfTheNewestRevisionAreCurrent() {
		try (Session session = this.driver.session()) {
			long wrong = session.executeRead((tx) -> tx.run("""
					MATCH ()-[r]->() WHERE r.revisions IS NOT NULL AND r.current <> ('002' IN r.revisions)
					RETURN count(r) AS wrong""").single().get("wrong").asLong());
			long history = session.executeRead((tx) -> tx.run("""
					MATCH ()-[r]->() WHERE r.revisions IS NOT NULL AND NOT r.current RETURN count(r) AS history""")
				.single()
				.get("history")
				.asLong());
			assertThat(wrong).isZero();
			assertThat(history).as("facts stated only by older revisions stay as history").isPositive();
		}
	}

}
