package tm.relations.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's requests share their normalised operations
 * ({@link NormalizedOperations}): a request sent again builds none, and one sent with
 * other variables answers for its own, also where the variables change which fields run.
 */
class NormalizedOperationsServiceTests extends GraphApiTestSupport {

	@Autowired
	NormalizedOperations operations;

	@Test
	void aRequestSentAgainBuildsNoOperationAndOtherVariablesAnswerForThemselves() {
		// A document no other test sends, so that its first request builds its operation.
		String alias = "c" + System.nanoTime();
		String document = """
				query ($name: String!, $sent: Boolean!) {
				  %s: country(name: $name) { name missions(direction: SENT) @include(if: $sent) { id } }
				}""".formatted(alias);
		long before = this.operations.built();
		JsonNode germany = answer(document, Map.of("name", "Germany", "sent", true)).get(alias);
		JsonNode again = answer(document, Map.of("name", "Germany", "sent", true)).get(alias);
		assertThat(again).isEqualTo(germany);
		assertThat(this.operations.built() - before).as("operations built for two identical requests").isEqualTo(1);
		assertThat(germany.get("missions").size()).isPositive();

		JsonNode withoutMissions = answer(document, Map.of("name", "Germany", "sent", false)).get(alias);
		assertThat(withoutMissions.has("missions")).isFalse();
		JsonNode japan = answer(document, Map.of("name", "Japan", "sent", true)).get(alias);
		assertThat(japan.get("name").asString()).isEqualTo("Japan");
		assertThat(japan.get("missions")).isNotEqualTo(germany.get("missions"));
		assertThat(this.operations.built() - before).as("one more for each set of variables").isEqualTo(3);
	}

	private JsonNode answer(String document, Map<String, Object> variables) {
		JsonNode answer = post(Map.of("query", document, "variables", variables));
		assertThat(answer.get("errors")).as("errors of %s", variables).isNull();
		return answer.get("data");
	}

}
