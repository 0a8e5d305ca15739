package tm.relations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.observation.micrometer.SessionRunContext;
import org.neo4j.driver.observation.micrometer.TransactionBeginContext;
import org.neo4j.driver.observation.micrometer.TransactionRunContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the Cypher statements the service sends to Neo4j for one GraphQL request, with
 * the real driver: the driver reports every statement it runs as a Micrometer observation
 * (Boot registers its observation provider), and the transaction manager reports every
 * transaction it begins. A nested selection over many items must cost as many statements
 * as the same selection over few (batched per field and level, no N+1), and every read
 * must run in a read-only transaction, which the driver opens in READ access mode so that
 * a cluster can route it to a follower.
 */
class RoundTripTests extends GraphApiTestSupport {

	/** The most statements one of the nested requests below may cost. */
	private static final int BOUND = 6;

	/** Country relations, the relations of every neighbour, and their evidence. */
	private static final String NODES_TWO_LEVELS = """
			query ($ids: [ID!]!) {
			  nodes(ids: $ids) {
			    id
			    ... on Entity {
			      name
			      relations {
			        type
			        other { id ... on Entity { name relations { type other { id } } } }
			        evidence { quote }
			      }
			    }
			  }
			}""";

	/** The same over the counterparts connection, its size set by {@code first}. */
	private static final String COUNTERPARTS_TWO_LEVELS = """
			query ($first: Int) {
			  counterparts(first: $first) {
			    totalCount
			    edges {
			      node {
			        name
			        relations {
			          type
			          other { id ... on Entity { relations { type } } }
			          evidence { quote }
			        }
			      }
			    }
			  }
			}""";

	/**
	 * Search hits, the diff's subjects and a revision's membership facts, each with
	 * relations: three questions, each asked on its own (asked together, their subtrees
	 * reach the same level at different times, and graphql-java may dispatch that level's
	 * loaders in two rounds: once in a CI run, 7 statements against 6).
	 */
	private static final List<String> SEARCH_DIFF_AND_FACTS = List.of("""
			query ($first: Int) {
			  search(text: "Turkmenistan", first: $first) {
			    node { id relations { type other { id ... on Entity { relations { type } } } } }
			  }
			}""", """
			query ($first: Int) {
			  revisionDiff(from: R000, to: R002) {
			    changed(limit: $first) { factKey subject { id ... on Entity { relations(kinds: [ENERGY]) { type } } } }
			  }
			}""",
			"""
					query ($first: Int) {
					  facts(asOf: R002, kinds: [MEMBERSHIP], first: $first) { edges { node { subject { id ... on Entity { relations { type } } } } } }
					}""");

	private static final StatementLog log = new StatementLog();

	private static final Set<Object> instrumented = ConcurrentHashMap.newKeySet();

	@Autowired
	private ObservationRegistry observations;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	void instrument() {
		// The application context is shared with the other tests: hook in once per
		// context.
		observeOnce(this.observations, log);
		if (instrumented.add(this.transactions)
				&& this.transactions instanceof ConfigurableTransactionManager configurable) {
			configurable.addListener(log);
		}
	}

	@Test
	void nestedRelationsOfManyCountriesCostAsManyStatementsAsOfTwo() {
		List<String> countries = countryIds(20);
		StatementLog.Recording two = record(() -> this.graphQl.document(NODES_TWO_LEVELS)
			.variable("ids", countries.subList(0, 2))
			.execute()
			.errors()
			.verify()
			.path("nodes[1].relations")
			.entityList(Object.class)
			.hasSizeGreaterThan(0));
		StatementLog.Recording twenty = record(() -> this.graphQl.document(NODES_TWO_LEVELS)
			.variable("ids", countries)
			.execute()
			.errors()
			.verify()
			.path("nodes[19].relations")
			.entityList(Object.class)
			.hasSizeGreaterThan(0));
		assertThat(twenty.statements()).as("statements for 20 countries: %s", twenty.queries())
			.hasSize(two.statements().size())
			.hasSizeLessThanOrEqualTo(BOUND);
	}

	@Test
	void nestedCounterpartsCostTheSameStatementsForAPageOfTwoAndOfFifty() {
		StatementLog.Recording two = record(() -> this.graphQl.document(COUNTERPARTS_TWO_LEVELS)
			.variable("first", 2)
			.execute()
			.errors()
			.verify()
			.path("counterparts.edges")
			.entityList(Object.class)
			.hasSize(2));
		StatementLog.Recording fifty = record(() -> this.graphQl.document(COUNTERPARTS_TWO_LEVELS)
			.variable("first", 50)
			.execute()
			.errors()
			.verify()
			.path("counterparts.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(20));
		assertThat(fifty.statements()).as("statements for 50 counterparts: %s", fifty.queries())
			.hasSize(two.statements().size())
			.hasSizeLessThanOrEqualTo(BOUND);
	}

	@Test
	void searchDiffAndFactsWithNestedRelationsCostABoundedNumberOfStatements() {
		for (String question : SEARCH_DIFF_AND_FACTS) {
			StatementLog.Recording few = record(
					() -> this.graphQl.document(question).variable("first", 2).execute().errors().verify());
			StatementLog.Recording many = record(
					() -> this.graphQl.document(question).variable("first", 40).execute().errors().verify());
			assertThat(many.statements()).as("statements of %s: %s", question, many.queries())
				.hasSize(few.statements().size())
				.hasSizeLessThanOrEqualTo(BOUND);
		}
	}

	@Test
	void theLinksOfEveryMissionCostOneStatement() {
		String missionsWithLinks = """
				query ($first: Int) {
				  counterparts(first: $first) {
				    edges { node { ... on Country { missions {
				      owner { id } city { name } headResidentIn { name } accreditedTo { role } heads { role }
				    } } } }
				  }
				}""";
		StatementLog.Recording two = record(() -> this.graphQl.document(missionsWithLinks)
			.variable("first", 2)
			.execute()
			.errors()
			.verify()
			.path("counterparts.edges[*].node.missions[*].owner.id")
			.entityList(String.class)
			.hasSizeGreaterThan(1));
		StatementLog.Recording thirty = record(() -> this.graphQl.document(missionsWithLinks)
			.variable("first", 30)
			.execute()
			.errors()
			.verify()
			.path("counterparts.edges[*].node.missions[*].owner.id")
			.entityList(String.class)
			.hasSizeGreaterThan(20));
		assertThat(thirty.statements()).as("statements: %s", thirty.queries()).hasSize(two.statements().size());
		assertThat(thirty.statements()).as("statements reading the links of missions")
			.filteredOn((query) -> query.contains("MATCH (m:Mission {key: key})"))
			.hasSize(1);
	}

	@Test
	void readsRunInReadOnlyTransactions() {
		List<String> countries = countryIds(5);
		StatementLog.Recording recording = record(() -> {
			this.graphQl.document(NODES_TWO_LEVELS).variable("ids", countries).execute().errors().verify();
			SEARCH_DIFF_AND_FACTS.forEach(
					(question) -> this.graphQl.document(question).variable("first", 5).execute().errors().verify());
			this.graphQl.document("""
					{ provenance(id: "Country:japan") { id } node(id: "Country:india") { id } }""")
				.execute()
				.errors()
				.verify();
		});
		assertThat(recording.statements()).isNotEmpty();
		assertThat(recording.autoCommitStatements()).as("statements outside a transaction").isEmpty();
		assertThat(recording.begunTransactions()).as("transactions begun by the driver")
			.isEqualTo(recording.readOnlyTransactions().size());
		assertThat(recording.readOnlyTransactions()).as("transactions begun by Spring")
			.isNotEmpty()
			.allSatisfy((readOnly) -> assertThat(readOnly).isTrue());
	}

	private List<String> countryIds(int count) {
		try (var session = this.driver.session()) {
			List<String> ids = session
				.run("MATCH (c:Country) RETURN 'Country:' + c.id AS id ORDER BY c.id LIMIT $n", Map.of("n", count))
				.list((row) -> row.get("id").asString());
			assertThat(ids).hasSize(count);
			return ids;
		}
	}

	private static StatementLog.Recording record(Runnable request) {
		StatementLog.Recording recording = log.start();
		try {
			request.run();
		}
		finally {
			log.stop();
		}
		return recording;
	}

	/**
	 * Records the statements the driver runs and the transactions Spring begins while a
	 * recording is on.
	 */
	static final class StatementLog implements ObservationHandler<Observation.Context>, TransactionExecutionListener {

		private volatile Recording current;

		Recording start() {
			Recording recording = new Recording();
			this.current = recording;
			return recording;
		}

		void stop() {
			this.current = null;
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof TransactionRunContext || context instanceof SessionRunContext
					|| context instanceof TransactionBeginContext;
		}

		@Override
		public void onStart(Observation.Context context) {
			Recording recording = this.current;
			if (recording == null) {
				return;
			}
			if (context instanceof TransactionRunContext run) {
				recording.statements.add(run.query());
			}
			else if (context instanceof SessionRunContext run) {
				recording.statements.add(run.query());
				recording.autoCommit.add(run.query());
			}
			else {
				recording.begun.add(context);
			}
		}

		@Override
		public void beforeBegin(TransactionExecution transaction) {
			Recording recording = this.current;
			if (recording != null) {
				recording.readOnly.add(transaction.isReadOnly());
			}
		}

		/** What one recording saw. */
		static final class Recording {

			private final List<String> statements = new CopyOnWriteArrayList<>();

			private final List<String> autoCommit = new CopyOnWriteArrayList<>();

			private final List<Object> begun = new CopyOnWriteArrayList<>();

			private final List<Boolean> readOnly = new CopyOnWriteArrayList<>();

			List<String> statements() {
				return Collections.unmodifiableList(this.statements);
			}

			List<String> autoCommitStatements() {
				return Collections.unmodifiableList(this.autoCommit);
			}

			int begunTransactions() {
				return this.begun.size();
			}

			List<Boolean> readOnlyTransactions() {
				return Collections.unmodifiableList(this.readOnly);
			}

			/** The first line of each statement, for failure messages. */
			List<String> queries() {
				List<String> firstLines = new ArrayList<>();
				this.statements.forEach((query) -> firstLines.add(query.lines().findFirst().orElse("")));
				return firstLines;
			}

		}

	}

}
