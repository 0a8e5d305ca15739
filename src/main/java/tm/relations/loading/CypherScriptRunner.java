package tm.relations.loading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the load scripts with the guarantees of neo4j-migrations, whose conventions it
 * keeps (script names, {@code __Neo4jMigration} records with checksums, a
 * {@code __Neo4jMigrationsLock} node) so that switching to that library later is a swap.
 * Written by hand because the only neo4j-migrations release the registry here serves
 * (2.19.2) does not resolve against Spring Boot 4 without stand-in parent POMs.
 * <ul>
 * <li>versioned scripts run once each, in version order; a changed applied script stops
 * the start;</li>
 * <li>each script runs in one write transaction together with its record, so a failing
 * script leaves nothing behind and is applied again on the next start;</li>
 * <li>a lock node under a uniqueness constraint makes replicas that start together apply
 * each script once: the others wait for it and then find nothing left to do. The holder
 * refreshes the lock's {@code lockedAt} while it works; a lock not refreshed for the lock
 * timeout was left by a replica that crashed, and is broken with a warning;</li>
 * <li>repeatable scripts run after the versioned ones when they changed or anything was
 * applied.</li>
 * </ul>
 */
public class CypherScriptRunner {

	private static final Logger log = LoggerFactory.getLogger(CypherScriptRunner.class);

	private static final String LOCK_NAME = "relations-graph";

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final Duration lockTimeout;

	public CypherScriptRunner(Driver driver, SessionConfig sessionConfig, Duration lockTimeout) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.lockTimeout = lockTimeout;
	}

	/**
	 * Applies what is not applied yet, under the lock. When the graph already records
	 * every script as it is (a restart on a loaded store), it returns at once without
	 * taking the lock.
	 */
	public LoadReport apply(List<CypherScript> scripts) {
		Instant start = Instant.now();
		List<CypherScript> ordered = scripts.stream()
			.sorted((a,
					b) -> a.repeatable() == b.repeatable() ? (a.repeatable()
							? a.description().compareTo(b.description()) : versionOf(a).compareTo(versionOf(b)))
							: (a.repeatable() ? 1 : -1))
			.toList();
		List<String> applied = new ArrayList<>();
		Map<String, String> alreadyRecorded = recordedChecksums();
		if (ordered.stream().anyMatch((script) -> due(script, alreadyRecorded, false))) {
			ensureLockConstraint();
			String owner = acquireLock();
			ScheduledExecutorService heartbeat = startHeartbeat(owner);
			try {
				// Read again under the lock: another replica may have applied some
				// meanwhile.
				Map<String, String> recorded = recordedChecksums();
				for (CypherScript script : ordered) {
					if (due(script, recorded, !applied.isEmpty())) {
						applyOne(script);
						applied.add(script.name());
					}
				}
			}
			finally {
				heartbeat.shutdownNow();
				releaseLock(owner);
			}
		}
		LoadReport report = new LoadReport(applied, graphVersion(ordered), Duration.between(start, Instant.now()));
		log.info("Load scripts: {} applied {} in {} ms (graph version {})", applied.size(), applied,
				report.took().toMillis(), report.graphVersion());
		return report;
	}

	/**
	 * Whether a script is to be applied: a versioned one when it is not recorded, a
	 * repeatable one when it changed or anything was applied before it.
	 * @throws IllegalStateException for a versioned script recorded with another checksum
	 */
	private static boolean due(CypherScript script, Map<String, String> recorded, boolean anyApplied) {
		String checksum = recorded.get(script.name());
		if (!script.repeatable() && checksum != null && !checksum.equals(script.checksum())) {
			throw new IllegalStateException("Load script " + script.name()
					+ " was changed after it was applied; add a new version instead of editing it");
		}
		return script.repeatable() ? (anyApplied || !script.checksum().equals(checksum)) : checksum == null;
	}

	private static java.math.BigInteger versionOf(CypherScript script) {
		return new java.math.BigInteger(script.version());
	}

	private void applyOne(CypherScript script) {
		long started = System.nanoTime();
		try (Session session = this.driver.session(this.sessionConfig)) {
			if (script.changesSchema()) {
				session.executeWriteWithoutResult((tx) -> script.statements().forEach((s) -> tx.run(s).consume()));
				session.executeWriteWithoutResult((tx) -> record(tx, script));
			}
			else {
				session.executeWriteWithoutResult((tx) -> {
					script.statements().forEach((s) -> tx.run(s).consume());
					record(tx, script);
				});
			}
			log.info("Applied {} ({} statements) in {} ms", script.name(), script.statements().size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Load script " + script.name() + " failed and was rolled back", ex);
		}
	}

	private static void record(org.neo4j.driver.TransactionContext tx, CypherScript script) {
		tx.run("""
				MERGE (m:__Neo4jMigration {name: $name})
				SET m.version = $version, m.description = $description, m.checksum = $checksum,
				    m.type = 'CYPHER', m.installedOn = datetime()
				""", Map.of("name", script.name(), "version", script.version(), "description", script.description(),
				"checksum", script.checksum()))
			.consume();
	}

	private Map<String, String> recordedChecksums() {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session
				.executeRead((tx) -> tx.run("MATCH (m:__Neo4jMigration) RETURN m.name AS name, m.checksum AS checksum")
					.list()
					.stream()
					.collect(Collectors.toMap((r) -> r.get("name").asString(), (r) -> r.get("checksum").asString())));
		}
	}

	private void ensureLockConstraint() {
		try (Session session = this.driver.session(this.sessionConfig)) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					CREATE CONSTRAINT neo4j_migrations_lock IF NOT EXISTS
					FOR (l:__Neo4jMigrationsLock) REQUIRE l.name IS UNIQUE""").consume());
		}
		catch (ClientException ex) {
			// Another replica created it at the same moment: what we wanted exists.
			log.debug("Lock constraint created concurrently: {}", ex.code());
		}
	}

	private String acquireLock() {
		String owner = UUID.randomUUID().toString();
		Instant nextNotice = Instant.now();
		while (true) {
			try (Session session = this.driver.session(this.sessionConfig)) {
				session.executeWriteWithoutResult(
						(tx) -> tx
							.run("CREATE (:__Neo4jMigrationsLock {name: $name, owner: $owner, lockedAt: datetime()})",
									Map.of("name", LOCK_NAME, "owner", owner))
							.consume());
				return owner;
			}
			catch (ClientException ex) {
				if (!ex.code().contains("ConstraintValidationFailed")) {
					throw ex;
				}
				if (breakStaleLock()) {
					continue;
				}
				if (!Instant.now().isBefore(nextNotice)) {
					log.info("Another instance is applying the load scripts; waiting");
					nextNotice = Instant.now().plusSeconds(10);
				}
				sleep(Duration.ofMillis(250));
			}
		}
	}

	/**
	 * Deletes the lock when its holder has not refreshed it for the lock timeout: the
	 * holder refreshes it while it is alive, so it crashed. Server time on both sides, so
	 * the replicas' clocks do not matter; a lock without a timestamp counts as stale.
	 * @return whether a lock was broken
	 */
	private boolean breakStaleLock() {
		try (Session session = this.driver.session(this.sessionConfig)) {
			List<org.neo4j.driver.Record> broken = session.executeWrite((tx) -> tx.run("""
					MATCH (l:__Neo4jMigrationsLock {name: $name})
					WHERE l.lockedAt IS NULL OR l.lockedAt < datetime() - duration({milliseconds: $timeout})
					WITH l, l.owner AS owner, toString(l.lockedAt) AS lockedAt
					DELETE l
					RETURN owner, lockedAt""", Map.of("name", LOCK_NAME, "timeout", this.lockTimeout.toMillis()))
				.list());
			for (org.neo4j.driver.Record lock : broken) {
				log.warn(
						"Broke the load-script lock of {} taken at {}: not refreshed for more than {} "
								+ "(graph.load.lock-timeout), so the instance holding it is gone",
						lock.get("owner", "?"), lock.get("lockedAt", "?"), this.lockTimeout);
			}
			return !broken.isEmpty();
		}
	}

	/**
	 * Refreshes the lock's timestamp while the scripts run, three times per lock timeout.
	 */
	private ScheduledExecutorService startHeartbeat(String owner) {
		ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "load-script-lock-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(50, this.lockTimeout.toMillis() / 3);
		heartbeat.scheduleAtFixedRate(() -> refreshLock(owner), period, period, TimeUnit.MILLISECONDS);
		return heartbeat;
	}

	private void refreshLock(String owner) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			session.executeWriteWithoutResult(
					(tx) -> tx
						.run("MATCH (l:__Neo4jMigrationsLock {name: $name, owner: $owner}) SET l.lockedAt = datetime()",
								Map.of("name", LOCK_NAME, "owner", owner))
						.consume());
		}
		catch (RuntimeException ex) {
			log.debug("Could not refresh the load-script lock: {}", ex.toString());
		}
	}

	private void releaseLock(String owner) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			session.executeWriteWithoutResult(
					(tx) -> tx
						.run("MATCH (l:__Neo4jMigrationsLock {name: $name, owner: $owner}) DELETE l",
								Map.of("name", LOCK_NAME, "owner", owner))
						.consume());
		}
	}

	private static String graphVersion(List<CypherScript> scripts) {
		return GraphVersion.of(scripts.stream().map((s) -> new AppliedScript(s.name(), s.checksum(), "")).toList());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the load-script lock", ex);
		}
	}

}
