package tm.relations.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of parsed and validated documents: a document sent again is not parsed again,
 * failed documents are never kept, and the bounds hold.
 */
class ParsedDocumentCacheTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void parsesADocumentSentAgainOnlyOnce() {
		ParsedDocumentCache cache = new ParsedDocumentCache(10, 10_000);
		Document first = cache.getDocumentAsync(input("{ a }"), this.parseAndValidate).join().getDocument();
		Document again = cache.getDocumentAsync(input("{ a }"), this.parseAndValidate).join().getDocument();
		assertThat(again).isSameAs(first);
		assertThat(this.parsed).hasValue(1);
		cache.getDocumentAsync(input("{ b }"), this.parseAndValidate).join();
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void keepsNoDocumentThatFailedValidation() {
		ParsedDocumentCache cache = new ParsedDocumentCache(10, 10_000);
		Function<ExecutionInput, PreparsedDocumentEntry> failing = (input) -> {
			this.parsed.incrementAndGet();
			return new PreparsedDocumentEntry(ValidationError.newValidationError()
				.validationErrorType(ValidationErrorType.FieldUndefined)
				.description("no such field")
				.build());
		};
		assertThat(cache.getDocumentAsync(input("{ nope }"), failing).join().hasErrors()).isTrue();
		assertThat(cache.getDocumentAsync(input("{ nope }"), failing).join().hasErrors()).isTrue();
		assertThat(this.parsed).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void dropsTheLeastRecentlyUsedDocumentsBeyondItsBounds() {
		ParsedDocumentCache byCount = new ParsedDocumentCache(2, 10_000);
		byCount.getDocumentAsync(input("{ a }"), this.parseAndValidate).join();
		byCount.getDocumentAsync(input("{ b }"), this.parseAndValidate).join();
		byCount.getDocumentAsync(input("{ a }"), this.parseAndValidate).join();
		byCount.getDocumentAsync(input("{ c }"), this.parseAndValidate).join();
		assertThat(byCount.size()).isEqualTo(2);
		byCount.getDocumentAsync(input("{ a }"), this.parseAndValidate).join();
		assertThat(this.parsed).as("{ a } was used last, { b } went first").hasValue(3);

		ParsedDocumentCache byLength = new ParsedDocumentCache(100, 44);
		for (String field : new String[] { "aaaaaa", "bbbbbb", "cccccc", "dddddd", "eeeeee" }) {
			byLength.getDocumentAsync(input("{ " + field + " }"), this.parseAndValidate).join();
		}
		assertThat(byLength.size()).as("five documents of 10 characters, at most 44 kept").isEqualTo(4);
		byLength.getDocumentAsync(input("{ " + "f".repeat(20) + " }"), this.parseAndValidate).join();
		assertThat(byLength.size()).as("a document over a quarter of the bound is not kept").isEqualTo(4);
	}

	@Test
	void keysByLocaleAsValidationMessagesAreLocalised() {
		ParsedDocumentCache cache = new ParsedDocumentCache(10, 10_000);
		cache.getDocumentAsync(input("{ a }"), this.parseAndValidate).join();
		cache
			.getDocumentAsync(ExecutionInput.newExecutionInput("{ a }").locale(Locale.GERMAN).build(),
					this.parseAndValidate)
			.join();
		assertThat(this.parsed).hasValue(2);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).locale(Locale.ENGLISH).build();
	}

}
