package tm.relations.loading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runner's guarantees on a real Neo4j of its own: order, one transaction per script,
 * checksums, repeatables, and the lock that lets replicas start together (and that a
 * crashed replica cannot leave behind for ever).
 */
@ExtendWith(OutputCaptureExtension.class)
class CypherScriptRunnerTests {

	private static EmbeddedNeo4jServer server;

	private static Driver driver;

	@BeforeAll
	static void start() {
		server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, 0, null, false, Duration.ofSeconds(30), Map.of()));
		driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
	}

	@AfterAll
	static void stop() {
		driver.close();
		server.close();
	}

	@BeforeEach
	void emptyDatabase() {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
	}

	private static CypherScriptRunner runner() {
		return new CypherScriptRunner(driver, SessionConfig.defaultConfig(), Duration.ofSeconds(20));
	}

	private static long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	private static final CypherScript FIRST = CypherScript.parse("V0001__First.cypher",
			"CREATE CONSTRAINT t_key IF NOT EXISTS FOR (t:T) REQUIRE t.key IS UNIQUE;\n");

	private static final CypherScript SECOND = CypherScript.parse("V0002__Second.cypher",
			"MERGE (:T {key: 'a'});\nMERGE (:T {key: 'b'});\n");

	@Test
	void appliesEachScriptOnceInVersionOrder() {
		LoadReport first = runner().apply(List.of(SECOND, FIRST));
		LoadReport second = runner().apply(List.of(FIRST, SECOND));
		assertThat(first.applied()).containsExactly("V0001__First", "V0002__Second");
		assertThat(second.applied()).isEmpty();
		assertThat(second.graphVersion()).isEqualTo(first.graphVersion());
		assertThat(count("MATCH (t:T) RETURN count(t)")).isEqualTo(2);
		assertThat(count("MATCH (m:__Neo4jMigration) WHERE m.checksum IS NOT NULL RETURN count(m)")).isEqualTo(2);
	}

	@Test
	void aScriptThatFailsMidwayLeavesNothingAndIsAppliedOnceFixed() {
		CypherScript broken = CypherScript.parse("V0003__Third.cypher",
				"MERGE (:T {key: 'c'});\nMERGE (:T {key: 'd'});\nRETURN 1/0;\n");
		assertThatThrownBy(() -> runner().apply(List.of(FIRST, SECOND, broken)))
			.hasMessageContaining("V0003__Third failed and was rolled back");
		assertThat(count("MATCH (t:T) WHERE t.key IN ['c', 'd'] RETURN count(t)")).isZero();
		assertThat(count("MATCH (m:__Neo4jMigration {name: 'V0003__Third'}) RETURN count(m)")).isZero();
		assertThat(count("MATCH (l:__Neo4jMigrationsLock) RETURN count(l)")).as("lock released").isZero();

		CypherScript fixed = CypherScript.parse("V0003__Third.cypher",
				"MERGE (:T {key: 'c'});\nMERGE (:T {key: 'd'});\n");
		assertThat(runner().apply(List.of(FIRST, SECOND, fixed)).applied()).containsExactly("V0003__Third");
		assertThat(count("MATCH (t:T) RETURN count(t)")).isEqualTo(4);
	}

	@Test
	void refusesAnAppliedScriptThatWasEdited() {
		runner().apply(List.of(FIRST, SECOND));
		CypherScript edited = CypherScript.parse("V0002__Second.cypher", "MERGE (:T {key: 'z'});\n");
		assertThatThrownBy(() -> runner().apply(List.of(FIRST, edited))).hasMessageContaining("was changed");
	}

	@Test
	void rerunsRepeatableScriptsWhenAnythingWasApplied() {
		CypherScript repeatable = CypherScript.parse("R__Count.cypher",
				"MATCH (t:T) WITH count(t) AS n MERGE (c:Count {id: 1}) SET c.n = n;\n");
		runner().apply(List.of(FIRST, SECOND, repeatable));
		assertThat(count("MATCH (c:Count) RETURN c.n")).isEqualTo(2);
		CypherScript third = CypherScript.parse("V0003__Third.cypher", "MERGE (:T {key: 'c'});\n");
		assertThat(runner().apply(List.of(FIRST, SECOND, third, repeatable)).applied()).containsExactly("V0003__Third",
				"R__Count");
		assertThat(count("MATCH (c:Count) RETURN c.n")).isEqualTo(3);
		assertThat(runner().apply(List.of(FIRST, SECOND, third, repeatable)).applied()).isEmpty();
	}

	@Test
	void takesNoLockWhenTheGraphRecordsEveryScriptAlready() {
		runner().apply(List.of(FIRST, SECOND));
		driver.executableQuery(
				"""
						CREATE (:__Neo4jMigrationsLock {name: 'relations-graph', owner: 'live-replica', lockedAt: datetime()})""")
			.execute();
		long start = System.nanoTime();
		LoadReport report = runner().apply(List.of(FIRST, SECOND));
		assertThat(report.applied()).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start))
			.as("no waiting for the lock another replica holds (timeout 20 s)")
			.isLessThan(Duration.ofSeconds(10));
		CypherScript edited = CypherScript.parse("V0002__Second.cypher", "MERGE (:T {key: 'z'});\n");
		assertThatThrownBy(() -> runner().apply(List.of(FIRST, edited))).hasMessageContaining("was changed");
		assertThat(count("MATCH (l:__Neo4jMigrationsLock) RETURN count(l)")).as("the other replica's lock stays")
			.isEqualTo(1);
	}

	@Test
	void breaksALockLeftByACrashedReplicaWithAWarning(CapturedOutput output) {
		driver.executableQuery("""
				CREATE CONSTRAINT neo4j_migrations_lock IF NOT EXISTS
				FOR (l:__Neo4jMigrationsLock) REQUIRE l.name IS UNIQUE""").execute();
		driver.executableQuery("""
				CREATE (:__Neo4jMigrationsLock {name: 'relations-graph', owner: 'crashed-replica',
				        lockedAt: datetime() - duration('PT10M')})""").execute();
		long start = System.nanoTime();
		LoadReport report = new CypherScriptRunner(driver, SessionConfig.defaultConfig(), Duration.ofSeconds(2))
			.apply(List.of(FIRST, SECOND));
		assertThat(report.applied()).containsExactly("V0001__First", "V0002__Second");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no waiting for the dead lock")
			.isLessThan(Duration.ofSeconds(15));
		assertThat(count("MATCH (l:__Neo4jMigrationsLock) RETURN count(l)")).isZero();
		assertThat(output.getOut()).containsPattern("WARN .*Broke the load-script lock of crashed-replica");
	}

	@Test
	void waitsForALiveReplicaThatKeepsItsLockFresh() throws Exception {
		driver.executableQuery("""
				CREATE CONSTRAINT neo4j_migrations_lock IF NOT EXISTS
				FOR (l:__Neo4jMigrationsLock) REQUIRE l.name IS UNIQUE""").execute();
		driver.executableQuery(
				"""
						CREATE (:__Neo4jMigrationsLock {name: 'relations-graph', owner: 'live-replica', lockedAt: datetime()})""")
			.execute();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.atomic.AtomicBoolean alive = new java.util.concurrent.atomic.AtomicBoolean(true);
			threads.submit(() -> {
				while (alive.get()) {
					driver
						.executableQuery(
								"MATCH (l:__Neo4jMigrationsLock {owner: 'live-replica'}) SET l.lockedAt = datetime()")
						.execute();
					Thread.sleep(100);
				}
				return null;
			});
			Future<LoadReport> waiting = threads
				.submit(() -> new CypherScriptRunner(driver, SessionConfig.defaultConfig(), Duration.ofSeconds(1))
					.apply(List.of(FIRST, SECOND)));
			Thread.sleep(3000);
			assertThat(waiting).as("still waiting for the live replica after three lock timeouts").isNotDone();
			assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m)")).isZero();

			alive.set(false);
			Thread.sleep(200);
			driver.executableQuery("MATCH (l:__Neo4jMigrationsLock {owner: 'live-replica'}) DELETE l").execute();
			assertThat(waiting.get(30, TimeUnit.SECONDS).applied()).containsExactly("V0001__First", "V0002__Second");
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aHolderKeepsItsLockWhileItsScriptsRunLongerThanTheLockTimeout() throws Exception {
		CypherScript slow = CypherScript.parse("V0003__Slow.cypher",
				"UNWIND range(1, 200000) AS i CREATE (:Slow {i: i});\n");
		ExecutorService replicas = Executors.newFixedThreadPool(2);
		try {
			List<Future<LoadReport>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(replicas
					.submit(() -> new CypherScriptRunner(driver, SessionConfig.defaultConfig(), Duration.ofSeconds(1))
						.apply(List.of(FIRST, SECOND, slow))));
			}
			int applied = 0;
			for (Future<LoadReport> run : runs) {
				applied += run.get(120, TimeUnit.SECONDS).applied().size();
			}
			assertThat(applied).as("each script applied once: the lock was never taken as stale").isEqualTo(3);
			assertThat(count("MATCH (s:Slow) RETURN count(s)")).isEqualTo(200000);
		}
		finally {
			replicas.shutdownNow();
		}
	}

	@Test
	void replicasStartingTogetherApplyEachScriptOnce() throws Exception {
		CypherScript slow = CypherScript.parse("V0003__Slow.cypher",
				"UNWIND range(1, 20000) AS i CREATE (:Slow {i: i});\n");
		ExecutorService replicas = Executors.newFixedThreadPool(4);
		try {
			List<Future<LoadReport>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(replicas.submit((Callable<LoadReport>) () -> runner().apply(List.of(FIRST, SECOND, slow))));
			}
			int applied = 0;
			for (Future<LoadReport> run : runs) {
				applied += run.get().applied().size();
			}
			assertThat(applied).isEqualTo(3);
			assertThat(count("MATCH (s:Slow) RETURN count(s)")).isEqualTo(20000);
		}
		finally {
			replicas.shutdownNow();
		}
	}

}
