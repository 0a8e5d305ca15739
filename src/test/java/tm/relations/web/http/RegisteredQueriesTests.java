package tm.relations.web.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisteredQueriesTests {

	private static final String EXAMPLE = """
			# variables: {"id": "Country:japan"}
			# A comment.
			query Japan($id: ID!) {
			  node(id: $id) { id }
			}
			""";

	@Test
	void findsADocumentByTheHashOfItsExactText() {
		RegisteredQueries registered = RegisteredQueries.of(EXAMPLE);
		assertThat(registered.byHash(Sha256.hex(EXAMPLE))).isEqualTo(EXAMPLE);
		assertThat(registered.byHash(Sha256.hex(EXAMPLE.strip()))).isNull();
	}

	@Test
	void containsTheSameDocumentWithOtherWhitespaceAndWithoutComments() {
		RegisteredQueries registered = RegisteredQueries.of(EXAMPLE);
		assertThat(registered.contains(EXAMPLE)).isTrue();
		assertThat(registered.contains("query Japan($id: ID!) { node(id: $id) { id } }")).isTrue();
		assertThat(registered.contains("query Japan($id: ID!) { node(id: $id) { id __typename } }")).isFalse();
		assertThat(registered.contains("query Japan(")).isFalse();
	}

}
