package tm.relations.web;

/**
 * A client error in the arguments of a request (a malformed cursor, a page size out of
 * range, an unknown filter value). {@link GraphQlErrors} maps it to {@code BAD_REQUEST};
 * its message is shown to the client, so it must be written for them and never carry
 * internal detail.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
