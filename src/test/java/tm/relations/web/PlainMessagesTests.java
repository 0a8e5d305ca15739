package tm.relations.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * graphql-java's messages, as the service received them, put in the client's terms.
 */
class PlainMessagesTests {

	@Test
	void argumentValuesReadAsTheGraphQlLiteralsTheClientWrote() {
		assertThat(PlainMessages.plain("Validation error (WrongType@[search]) : argument 'first' with value "
				+ "'IntValue{value=2147483648}' is not a valid 'Int' - Expected value to be in the integer range, "
				+ "but it was a '2147483648'"))
			.isEqualTo("Validation error (WrongType@[search]) : argument 'first' with value '2147483648' is not a "
					+ "valid 'Int' - Expected value to be in the integer range, but it was a '2147483648'");
		assertThat(PlainMessages.plain("Validation error (WrongType@[revisionDiff]) : argument 'from' with value "
				+ "'EnumValue{name='R003'}' is not a valid 'Revision' - Literal value not in allowable values for "
				+ "enum 'Revision' - 'EnumValue{name='R003'}'"))
			.isEqualTo("Validation error (WrongType@[revisionDiff]) : argument 'from' with value 'R003' is not a "
					+ "valid 'Revision' - Literal value not in allowable values for enum 'Revision' - 'R003'");
		assertThat(PlainMessages.plain("Validation error (WrongType@[search]) : argument 'text' with value "
				+ "'ArrayValue{values=[StringValue{value='a'}, IntValue{value=5}]}' is not a valid 'String' - "
				+ "Expected an AST type of 'StringValue' but it was a 'ArrayValue'"))
			.isEqualTo("Validation error (WrongType@[search]) : argument 'text' with value '[\"a\", 5]' is not a "
					+ "valid 'String' - Expected a string but it was a list");
		assertThat(PlainMessages.plain("argument 'filter' with value 'ObjectValue{objectFields=[ObjectField{name='"
				+ "region', value=BooleanValue{value=true}}, ObjectField{name='ids', value=ArrayValue{values=["
				+ "FloatValue{value=1.5}, NullValue{}]}}]}' is not valid"))
			.isEqualTo("argument 'filter' with value '{region: true, ids: [1.5, null]}' is not valid");
	}

	@Test
	void javaClassesReadAsTheKindOfValue() {
		assertThat(PlainMessages
			.plain("Variable 't' has an invalid value: Expected a String input, but it was a " + "'LinkedHashMap'"))
			.isEqualTo("Variable 't' has an invalid value: Expected a String input, but it was an object");
		assertThat(PlainMessages.plain("Variable 'n' has an invalid value: Expected a value that can be converted "
				+ "to type 'Int' but it was a 'Double'"))
			.isEqualTo("Variable 'n' has an invalid value: Expected a value that can be converted to type 'Int' but "
					+ "it was a float");
	}

	@Test
	void otherMessagesAreLeftAsTheyAre() {
		String ours = "Argument 'first' must be between 1 and 100, but was 0.";
		assertThat(PlainMessages.plain(ours)).isSameAs(ours);
		assertThat(PlainMessages.plain("No country named 'StringValue': give a country's name")).isNotNull();
		assertThat(PlainMessages.plain(null)).isNull();
	}

}
