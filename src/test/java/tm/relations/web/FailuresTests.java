package tm.relations.web;

import java.util.concurrent.TimeoutException;

import graphql.execution.AbortExecutionException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How unexpected exceptions are classified for clients, by type and cause, whatever
 * Spring wraps them in; and that the messages clients see say nothing internal.
 */
class FailuresTests {

	@Test
	void neo4jOutOfReachIsServiceUnavailable() {
		assertThat(Failures.classify(new TransactionSystemException("Could not open a new Neo4j session",
				new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687"))))
			.isEqualTo(ApiErrorType.SERVICE_UNAVAILABLE);
		assertThat(Failures.classify(new DataAccessResourceFailureException("x", new SessionExpiredException("gone"))))
			.isEqualTo(ApiErrorType.SERVICE_UNAVAILABLE);
		assertThat(Failures.classify(new CannotCreateTransactionException("x")))
			.isEqualTo(ApiErrorType.SERVICE_UNAVAILABLE);
	}

	@Test
	void noPooledConnectionInTimeIsServiceUnavailable() {
		// How driver 6 reports spring.neo4j.pool.connection-acquisition-timeout.
		ClientException acquisition = new ClientException(
				"Unable to acquire connection from the pool within configured maximum time of 5000ms",
				new TimeoutException());
		assertThat(Failures.classify(new TransactionSystemException("x", acquisition)))
			.isEqualTo(ApiErrorType.SERVICE_UNAVAILABLE);
	}

	@Test
	void aTransactionStoppedAtItsTimeoutIsTimeout() {
		ClientException timedOut = new ClientException(
				"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated.");
		assertThat(Failures.classify(new InvalidDataAccessResourceUsageException("x", timedOut)))
			.isEqualTo(ApiErrorType.TIMEOUT);
		assertThat(Failures.classify(new AbortExecutionException("Execution has been asked to be cancelled")))
			.isEqualTo(ApiErrorType.TIMEOUT);
	}

	@Test
	void anythingElseIsInternal() {
		assertThat(Failures.classify(new IllegalStateException("boom"))).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(Failures.classify(new InvalidDataAccessResourceUsageException("x",
				new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCH'"))))
			.isEqualTo(ErrorType.INTERNAL_ERROR);
	}

	@Test
	void messagesSayNothingInternalAndQuoteTheRequestId() {
		for (var classification : new graphql.ErrorClassification[] { ApiErrorType.SERVICE_UNAVAILABLE,
				ApiErrorType.TIMEOUT, ErrorType.INTERNAL_ERROR }) {
			String message = Failures.message(classification, "req-1", "10 s");
			assertThat(message).contains("req-1").doesNotContainPattern(HttpProbe.INTERNAL);
		}
	}

}
