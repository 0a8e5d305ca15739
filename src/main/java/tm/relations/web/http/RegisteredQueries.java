package tm.relations.web.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The documents registered ahead of time: the example queries of
 * {@code graphql/examples/} (on the classpath as {@code graphql-examples/}) and the
 * {@code *.graphql} files of {@code graph.persisted-queries.allow-list.directory}. They
 * can always be run by their SHA-256 hash alone; in allow-list mode they are the only
 * documents run. A document counts as registered when its text is identical to a file's,
 * or when it differs only in whitespace, commas and comments (same compact form).
 */
final class RegisteredQueries {

	static final String EXAMPLES = "classpath*:graphql-examples/*.graphql";

	private final Map<String, String> byHash;

	private final Set<String> compactHashes;

	private RegisteredQueries(Map<String, String> byHash, Set<String> compactHashes) {
		this.byHash = Map.copyOf(byHash);
		this.compactHashes = Set.copyOf(compactHashes);
	}

	/**
	 * Reads the examples and the files of the directory.
	 * @throws IllegalStateException when the directory is set but is not a readable
	 * folder
	 */
	static RegisteredQueries load(ResourcePatternResolver resources, Path directory) {
		Map<String, String> byHash = new LinkedHashMap<>();
		Set<String> compact = new HashSet<>();
		try {
			for (Resource resource : resources.getResources(EXAMPLES)) {
				add(resource.getContentAsString(StandardCharsets.UTF_8), byHash, compact);
			}
			if (directory != null) {
				if (!Files.isDirectory(directory)) {
					throw new IllegalStateException("graph.persisted-queries.allow-list.directory " + directory
							+ " is not a folder: point it at a folder of .graphql files, or leave it unset");
				}
				try (var files = Files.list(directory)) {
					for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".graphql"))
						.sorted()
						.toList()) {
						add(Files.readString(file, StandardCharsets.UTF_8), byHash, compact);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the registered GraphQL documents", ex);
		}
		return new RegisteredQueries(byHash, compact);
	}

	/** For tests: documents given as text. */
	static RegisteredQueries of(String... documents) {
		Map<String, String> byHash = new LinkedHashMap<>();
		Set<String> compact = new HashSet<>();
		for (String document : documents) {
			add(document, byHash, compact);
		}
		return new RegisteredQueries(byHash, compact);
	}

	private static void add(String text, Map<String, String> byHash, Set<String> compact) {
		byHash.put(Sha256.hex(text), text);
		String form = compactForm(text);
		if (form != null) {
			compact.add(Sha256.hex(form));
		}
	}

	/** The registered document of this hash (lower-case hex), or {@code null}. */
	String byHash(String hash) {
		return this.byHash.get(hash);
	}

	/** Whether the document is registered (identical text, or the same compact form). */
	boolean contains(String document) {
		if (this.byHash.containsKey(Sha256.hex(document))) {
			return true;
		}
		String form = compactForm(document);
		return form != null && this.compactHashes.contains(Sha256.hex(form));
	}

	/** How many documents are registered. */
	int size() {
		return this.byHash.size();
	}

	/**
	 * The document printed without comments and insignificant whitespace, or {@code null}
	 * when it does not parse. Parsing is bounded by graphql-java's default token limits
	 * (a cancelled parse is an {@code InvalidSyntaxException} too).
	 */
	private static String compactForm(String document) {
		try {
			Document parsed = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(document)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions())
				.build());
			return AstPrinter.printAstCompact(parsed);
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
	}

}
