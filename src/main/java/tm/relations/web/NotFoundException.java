package tm.relations.web;

/**
 * Something the request names does not exist in the graph, where the schema has no null
 * to answer with. {@link GraphQlErrors} maps it to {@code NOT_FOUND}; its message is
 * shown to the client.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
