package tm.relations.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

import graphql.ErrorClassification;
import graphql.execution.AbortExecutionException;

/**
 * Tells what an unexpected exception means for a client, by its type and causes, never by
 * showing it: Neo4j out of reach, a query stopped by the transaction timeout, or an
 * internal error. The messages are written for clients and say nothing internal.
 */
final class Failures {

	private Failures() {
	}

	/**
	 * The classification of an exception: {@link ApiErrorType#SERVICE_UNAVAILABLE},
	 * {@link ApiErrorType#TIMEOUT} or {@link ErrorType#INTERNAL_ERROR}.
	 */
	static ErrorClassification classify(Throwable exception) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TimedOut")) {
				// Neo.ClientError.Transaction.TransactionTimedOut(ClientConfiguration):
				// the
				// server ended the transaction at its timeout.
				return ApiErrorType.TIMEOUT;
			}
			if (t instanceof TransactionTimedOutException || t instanceof QueryTimeoutException) {
				return ApiErrorType.TIMEOUT;
			}
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof CannotCreateTransactionException) {
				return ApiErrorType.SERVICE_UNAVAILABLE;
			}
			if (t instanceof AbortExecutionException && t.getMessage() != null && t.getMessage().contains("cancel")) {
				// The request was given up at graph.limits.request-timeout; its fields
				// end so.
				return ApiErrorType.TIMEOUT;
			}
			if (t instanceof TimeoutException) {
				// No connection from the pool within
				// spring.neo4j.pool.connection-acquisition-timeout.
				return ApiErrorType.SERVICE_UNAVAILABLE;
			}
		}
		return ErrorType.INTERNAL_ERROR;
	}

	/** The message a client sees for a classification, with the id to quote. */
	static String message(ErrorClassification classification, String requestId, String timeout) {
		String quote = " Quote request id " + requestId + " if you report it.";
		if (classification == ApiErrorType.SERVICE_UNAVAILABLE) {
			return "The graph database is not reachable just now; try again shortly." + quote;
		}
		if (classification == ApiErrorType.TIMEOUT) {
			return "The query took longer than the time limit of " + timeout
					+ " and was stopped; ask for less (smaller pages, fewer nested lists)." + quote;
		}
		return "Internal error: the request could not be answered." + quote;
	}

}
