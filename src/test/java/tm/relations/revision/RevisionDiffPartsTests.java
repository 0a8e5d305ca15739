package tm.relations.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded forms of the revision diff: the counts without the lists, and parts of the
 * lists ({@code limit}, {@code after}) that add up to the whole lists, against the graph
 * the real scripts load.
 */
class RevisionDiffPartsTests extends GraphApiTestSupport {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final String FRAGMENTS = """
			fragment change on FactChange {
			  factKey type summary subject { id } object { id }
			  before { id kind value current evidence { revision quote } }
			  after { id kind value current evidence { revision quote } }
			}""";

	private static final String WHOLE = """
			query ($from: Revision!, $to: Revision!, $kinds: [LinkKind!]) {
			  revisionDiff(from: $from, to: $to, kinds: $kinds) {
			    addedCount removedCount changedCount unchangedCount
			    added { ...change } removed { ...change } changed { ...change }
			  }
			}
			""" + FRAGMENTS;

	private static final String ADDED_PART = """
			query ($from: Revision!, $to: Revision!, $limit: Int, $after: String) {
			  revisionDiff(from: $from, to: $to) {
			    addedCount
			    added(limit: $limit, after: $after) { ...change }
			  }
			}
			""" + FRAGMENTS;

	private static final String COUNTS = """
			query ($from: Revision!, $to: Revision!, $kinds: [LinkKind!]) {
			  revisionDiff(from: $from, to: $to, kinds: $kinds) { addedCount removedCount changedCount unchangedCount }
			}""";

	@Test
	void countsAreTheLengthsOfTheWholeLists() {
		for (List<String> sides : List.of(List.of("R000", "R002"), List.of("R002", "R000"), List.of("R001", "R002"))) {
			for (List<String> kinds : List.of(List.<String>of(), List.of("ENERGY"), List.of("MEMBERSHIP", "RAIL"))) {
				Map<String, Object> whole = diff(WHOLE, sides.get(0), sides.get(1), kinds);
				assertThat(whole.get("addedCount")).as("%s %s", sides, kinds).isEqualTo(list(whole, "added").size());
				assertThat(whole.get("removedCount")).as("%s %s", sides, kinds)
					.isEqualTo(list(whole, "removed").size());
				assertThat(whole.get("changedCount")).as("%s %s", sides, kinds)
					.isEqualTo(list(whole, "changed").size());
				Map<String, Object> counts = diff(COUNTS, sides.get(0), sides.get(1), kinds);
				assertThat(counts).as("%s %s", sides, kinds)
					.containsEntry("addedCount", whole.get("addedCount"))
					.containsEntry("removedCount", whole.get("removedCount"))
					.containsEntry("changedCount", whole.get("changedCount"))
					.containsEntry("unchangedCount", whole.get("unchangedCount"));
			}
		}
		assertThat((Integer) diff(COUNTS, "R000", "R002", List.of()).get("addedCount")).isPositive();
	}

	@Test
	void partsWalkTheWholeListInFactKeyOrder() {
		List<Map<String, Object>> whole = list(diff(WHOLE, "R000", "R002", List.of()), "added");
		assertThat(whole).hasSizeGreaterThan(15);
		List<Map<String, Object>> walked = new ArrayList<>();
		String after = null;
		for (int part = 0; part < 1000; part++) {
			Map<String, Object> diff = added("R000", "R002", 7, after);
			assertThat(diff.get("addedCount")).isEqualTo(whole.size());
			List<Map<String, Object>> changes = list(diff, "added");
			assertThat(changes).hasSizeLessThanOrEqualTo(7);
			if (changes.isEmpty()) {
				break;
			}
			walked.addAll(changes);
			after = (String) changes.get(changes.size() - 1).get("factKey");
		}
		assertThat(walked).isEqualTo(whole);
		List<String> keys = walked.stream().map((change) -> (String) change.get("factKey")).toList();
		assertThat(keys).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aPartStartsAfterTheGivenFactKeyWhetherOrNotTheDiffHasIt() {
		List<Map<String, Object>> whole = list(added("R000", "R002", null, null), "added");
		String third = (String) whole.get(2).get("factKey");
		assertThat(list(added("R000", "R002", 2, third), "added")).isEqualTo(whole.subList(3, 5));
		// A key the diff lacks: the part starts at the next one that sorts after it.
		assertThat(list(added("R000", "R002", 2, third + " "), "added")).isEqualTo(whole.subList(3, 5));
		Map<String, Object> beyond = added("R000", "R002", 5, "\uffff");
		assertThat(list(beyond, "added")).isEmpty();
		assertThat(beyond.get("addedCount")).isEqualTo(whole.size());
	}

	@Test
	void readsTheCountsAndEverySelectedPartInOneStatement() {
		List<Map<String, Object>> whole = list(added("R000", "R002", null, null), "added");
		String third = (String) whole.get(2).get("factKey");
		String document = """
				query ($after: String) {
				  revisionDiff(from: R000, to: R002) {
				    addedCount removedCount changedCount unchangedCount
				    firstThree: added(limit: 3) { ...change }
				    nextThree: added(limit: 3, after: $after) { ...change }
				    removed(limit: 2) { ...change }
				    changed(limit: 1) { ...change }
				  }
				}
				""" + FRAGMENTS;
		List<Map<String, Object>> answer = new ArrayList<>();
		int statements = statementsSentBy(() -> answer.add(this.graphQl.document(document)
			.variable("after", third)
			.execute()
			.errors()
			.verify()
			.path("revisionDiff")
			.entity(MAP)
			.get()));
		assertThat(statements).isEqualTo(1);
		Map<String, Object> diff = answer.get(0);
		assertThat(list(diff, "firstThree")).isEqualTo(whole.subList(0, 3));
		assertThat(list(diff, "nextThree")).isEqualTo(whole.subList(3, 6));
		assertThat(list(diff, "removed")).hasSize(2);
		assertThat(list(diff, "changed")).singleElement()
			.satisfies((change) -> assertThat(list(change, "before")).isNotEmpty())
			.satisfies((change) -> assertThat(list(change, "after")).isNotEmpty());
		assertThat(statementsSentBy(() -> diff(COUNTS, "R000", "R002", List.of()))).isEqualTo(1);
	}

	@Test
	void aPartHoldsTheSameChangesAsTheWholeList() {
		Map<String, Object> whole = diff(WHOLE, "R000", "R002", List.of("ENERGY"));
		String document = """
				query {
				  revisionDiff(from: R000, to: R002, kinds: [ENERGY]) {
				    addedCount removed(limit: 100) { ...change } changed(limit: 2) { ...change }
				  }
				}
				""" + FRAGMENTS;
		Map<String, Object> parts = this.graphQl.document(document)
			.execute()
			.errors()
			.verify()
			.path("revisionDiff")
			.entity(MAP)
			.get();
		assertThat(parts.get("addedCount")).isEqualTo(whole.get("addedCount"));
		List<Map<String, Object>> removed = list(whole, "removed");
		assertThat(list(parts, "removed")).isEqualTo(removed.subList(0, Math.min(100, removed.size())));
		assertThat(list(parts, "changed")).isEqualTo(list(whole, "changed").subList(0, 2))
			.anySatisfy((change) -> assertThat(change).containsEntry("factKey", "gas.main-buyer"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 101 })
	void rejectsALimitOutOfRange(int limit) {
		this.graphQl.document(ADDED_PART)
			.variable("from", "R000")
			.variable("to", "R002")
			.variable("limit", limit)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).first().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'limit'");
			}));
	}

	private Map<String, Object> added(String from, String to, Integer limit, String after) {
		GraphQlTester.Request<?> request = this.graphQl.document(ADDED_PART).variable("from", from).variable("to", to);
		if (limit != null) {
			request.variable("limit", limit);
		}
		if (after != null) {
			request.variable("after", after);
		}
		return request.execute().errors().verify().path("revisionDiff").entity(MAP).get();
	}

	private Map<String, Object> diff(String document, String from, String to, List<String> kinds) {
		GraphQlTester.Request<?> request = this.graphQl.document(document).variable("from", from).variable("to", to);
		if (!kinds.isEmpty()) {
			request.variable("kinds", kinds);
		}
		return request.execute().errors().verify().path("revisionDiff").entity(MAP).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

}
