package tm.relations.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Relay cursor connections over an ordered list: a cursor is the base64 of the item's
 * offset in that order, opaque to clients. Every connection of the API checks
 * {@code first} and {@code after} here, so the errors read the same everywhere.
 */
public final class Pagination {

	/** The largest page a client may ask for. */
	public static final int MAX_FIRST = 100;

	private static final String PREFIX = "offset:";

	/**
	 * The largest offset a cursor may hold: far beyond any list of the graph, and low
	 * enough that the statements' {@code offset + first + 1} stays an int (the largest
	 * int itself made Neo4j refuse the statement, an internal error).
	 */
	private static final int MAX_OFFSET = Integer.MAX_VALUE / 2;

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

	private Pagination() {
	}

	/**
	 * The page asked for by {@code first} and {@code after}.
	 * @param first page size, 1 to {@link #MAX_FIRST}; null means 20
	 * @param after cursor of the item before the page, or null for the first page
	 * @return the page's offset and size
	 * @throws BadRequestException when {@code first} is out of range or the cursor was
	 * not issued by this API
	 */
	public static PageRequest request(Integer first, String after) {
		int size = (first != null) ? first : 20;
		if (size < 1 || size > MAX_FIRST) {
			throw new BadRequestException(
					"Argument 'first' must be between 1 and " + MAX_FIRST + ", but was " + size + ".");
		}
		return new PageRequest((after != null) ? offsetOf(after) + 1 : 0, size);
	}

	/** The cursor of the item at this offset. */
	public static String cursor(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static int offsetOf(String cursor) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			// ASCII digits only: Integer.parseInt also takes "+5" and other scripts'
			// digits.
			if (decoded.startsWith(PREFIX) && DIGITS.matcher(decoded.substring(PREFIX.length())).matches()) {
				long offset = Long.parseLong(decoded.substring(PREFIX.length()));
				if (offset <= MAX_OFFSET) {
					return (int) offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64, or not a number: reported below
		}
		throw new BadRequestException("Malformed cursor '" + cursor
				+ "' in argument 'after': pass the cursor of an edge or pageInfo.endCursor of an earlier page.");
	}

	/**
	 * The connection of one page.
	 * @param <T> the node type
	 * @param page the page asked for
	 * @param nodes the page's nodes, in order
	 * @param totalCount the number of all matches
	 * @return the connection
	 */
	public static <T> Connection<T> connection(PageRequest page, List<T> nodes, int totalCount) {
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			edges.add(new Edge<>(cursor(page.offset() + i), nodes.get(i)));
		}
		PageInfo info = new PageInfo(page.offset() + nodes.size() < totalCount, page.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, totalCount);
	}

	/**
	 * A page: skip {@code offset} items, take {@code first}.
	 *
	 * @param offset items before the page
	 * @param first page size
	 */
	public record PageRequest(int offset, int first) {
	}

	/**
	 * A Relay connection; serves every {@code XConnection} type of the schema.
	 *
	 * @param <T> the node type
	 * @param edges the page's edges
	 * @param pageInfo pagination state
	 * @param totalCount the number of all matches, not only this page
	 */
	public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

		public Connection {
			edges = List.copyOf(edges);
		}

	}

	/**
	 * An edge of a connection.
	 *
	 * @param <T> the node type
	 * @param cursor the opaque cursor of the node
	 * @param node the node
	 */
	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * The {@code PageInfo} of a connection.
	 *
	 * @param hasNextPage whether items follow the page
	 * @param hasPreviousPage whether items precede it
	 * @param startCursor cursor of the first edge
	 * @param endCursor cursor of the last edge
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
