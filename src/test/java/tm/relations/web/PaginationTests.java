package tm.relations.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import tm.relations.web.Pagination.Connection;
import tm.relations.web.Pagination.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cursors and page arguments every connection of the API shares.
 */
class PaginationTests {

	@Test
	void aPageStartsAfterTheItemOfItsCursor() {
		assertThat(Pagination.request(null, null)).isEqualTo(new PageRequest(0, 20));
		assertThat(Pagination.request(5, Pagination.cursor(19))).isEqualTo(new PageRequest(20, 5));
		Connection<String> page = Pagination.connection(new PageRequest(20, 2), List.of("u", "v"), 23);
		assertThat(page.edges()).extracting(Pagination.Edge::cursor)
			.containsExactly(Pagination.cursor(20), Pagination.cursor(21));
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isTrue();
		assertThat(Pagination.request(2, page.pageInfo().endCursor())).isEqualTo(new PageRequest(22, 2));
	}

	@Test
	void aPageSizeOutsideOneToAHundredIsABadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Pagination.request(0, null))
			.withMessageContaining("between 1 and 100, but was 0");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Pagination.request(101, null));
	}

	@Test
	void aCursorNotIssuedByTheApiIsABadRequest() {
		for (String cursor : List.of("not-a-cursor", encoded("offset:-1"), encoded("offset:x"), encoded("page:3"),
				encoded("offset:99999999999"), encoded("offset:" + Integer.MAX_VALUE),
				encoded("offset:" + (Integer.MAX_VALUE - 7)), encoded("offset:+5"), encoded("offset:\u0665"),
				encoded("offset: 5"), encoded("offset:"))) {
			assertThatExceptionOfType(BadRequestException.class).as(cursor)
				.isThrownBy(() -> Pagination.request(10, cursor))
				.withMessageContaining("Malformed cursor");
		}
		int largest = Integer.MAX_VALUE / 2;
		assertThat(Pagination.request(100, encoded("offset:" + largest)).offset())
			.as("far past any list, and offset + first + 1 still an int")
			.isEqualTo(largest + 1);
		assertThat((long) largest + 1 + 100 + 1).isLessThan(Integer.MAX_VALUE);
	}

	private static String encoded(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
