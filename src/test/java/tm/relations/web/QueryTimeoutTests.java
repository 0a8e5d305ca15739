package tm.relations.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The query time limit ends the Cypher transaction on the server, not only the wait of
 * the client: the service's transaction manager hands its timeout to Neo4j with every
 * transaction. (The GraphQL side, a request over the limit answered with a
 * {@code TIMEOUT} error, is in {@link ServiceResilienceTests}.)
 */
class QueryTimeoutTests extends GraphApiTestSupport {

	/** Counts to two billion: minutes of work unless something stops it. */
	static final String SLOW_CYPHER = """
			UNWIND range(1, 2000000000) AS i
			WITH i WHERE i % 7 = 3 // slow-statement
			RETURN count(i) AS n""";

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyTransactionOfTheServiceHasTheConfiguredTimeout() {
		assertThat(this.transactionManager).isInstanceOf(AbstractPlatformTransactionManager.class);
		assertThat(((AbstractPlatformTransactionManager) this.transactionManager).getDefaultTimeout())
			.as("spring.transaction.default-timeout in seconds")
			.isEqualTo(10);
	}

	@Test
	void aSlowCypherStatementIsStoppedByTheServerAtTheTransactionTimeout() {
		TransactionTemplate template = new TransactionTemplate(this.transactionManager);
		template.setReadOnly(true);
		template.setTimeout(1);
		long start = System.nanoTime();
		Throwable thrown = catchThrowable(
				() -> template.execute((status) -> this.neo4j.query(SLOW_CYPHER).fetchAs(Long.class).one()));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(thrown).as("the statement must not complete").isNotNull();
		assertThat(Failures.classify(thrown)).as("classified from %s", thrown).isEqualTo(ApiErrorType.TIMEOUT);
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(8));
		long stillRunning = this.driver.executableQuery("""
				SHOW TRANSACTIONS YIELD currentQuery
				WHERE currentQuery CONTAINS $marker
				RETURN count(*) AS n""")
			.withParameters(java.util.Map.of("marker", "slow-" + "statement"))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(stillRunning).as("transactions still running the slow statement on the server").isZero();
	}

}
