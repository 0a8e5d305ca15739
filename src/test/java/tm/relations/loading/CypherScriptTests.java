package tm.relations.loading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherScriptTests {

	@Test
	void splitsOnSemicolonsAtLineEndsOutsideStringsAndComments() {
		CypherScript script = CypherScript.parse("V0100__Demo.cypher", """
				// a comment; with a semicolon
				MERGE (:A {q: 'one; two;
				three'});
				/* block; comment */
				MERGE (:B {q: "it's"}) ;
				// only a comment;
				""");
		assertThat(script.statements()).hasSize(2);
		assertThat(script.statements().get(0)).contains("three'})");
		assertThat(script.version()).isEqualTo("0100");
		assertThat(script.description()).isEqualTo("Demo");
		assertThat(script.repeatable()).isFalse();
	}

	@Test
	void recognisesSchemaScriptsAndRepeatables() {
		assertThat(
				CypherScript.parse("V0001__S.cypher", "CREATE FULLTEXT INDEX x IF NOT EXISTS FOR (n:N) ON EACH [n.a];")
					.changesSchema())
			.isTrue();
		assertThat(CypherScript.parse("R__Derive.cypher", "MATCH (n) SET n.x = 1;").repeatable()).isTrue();
		assertThat(CypherScript.parse("V0002__D.cypher", "MERGE (n:N {a: 'CREATE INDEX'});").changesSchema()).isFalse();
	}

	@Test
	void rejectsNamesOutsideTheConvention() {
		assertThatThrownBy(() -> CypherScript.parse("load.cypher", "RETURN 1;"))
			.hasMessageContaining("naming convention");
	}

	@Test
	void checksumFollowsTheContent() {
		assertThat(CypherScript.parse("V1__A.cypher", "RETURN 1;").checksum())
			.isNotEqualTo(CypherScript.parse("V1__A.cypher", "RETURN 2;").checksum())
			.isEqualTo(CypherScript.parse("V1__A.cypher", "RETURN 1;").checksum());
	}

}
