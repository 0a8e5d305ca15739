package tm.relations.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import java.nio.charset.StandardCharsets;

/**
 * One load script, named after neo4j-migrations' conventions:
 * {@code V0100__Entities.cypher} is applied once, in version order;
 * {@code R__Derive_provenance.cypher} is repeatable and applied after the versioned
 * scripts whenever it changed or any versioned script was applied.
 *
 * @param version the version ({@code "0100"}), or {@code "R"} for a repeatable script
 * @param description the description part of the file name
 * @param checksum CRC32 of the file content, as neo4j-migrations records it
 * @param statements the statements, each ended by {@code ;} at the end of a line in the
 * file
 */
public record CypherScript(String version, String description, String checksum, List<String> statements) {

	private static final Pattern NAME = Pattern.compile("(?:V(\\d+)|(R))__(\\w+)\\.cypher");

	private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
			"^\\s*(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?(FULLTEXT\\s+|RANGE\\s+|TEXT\\s+|POINT\\s+|VECTOR\\s+|LOOKUP\\s+)?(CONSTRAINT|INDEX)\\b",
			Pattern.CASE_INSENSITIVE);

	public CypherScript {
		statements = List.copyOf(statements);
	}

	/**
	 * Parses a script from its file name and content; fails on a name outside the
	 * conventions.
	 */
	public static CypherScript parse(String fileName, String content) {
		Matcher matcher = NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Load script " + fileName
					+ " does not follow the naming convention V<version>__<Description>.cypher or R__<Description>.cypher");
		}
		String version = (matcher.group(1) != null) ? matcher.group(1) : "R";
		CRC32 crc = new CRC32();
		crc.update(content.getBytes(StandardCharsets.UTF_8));
		return new CypherScript(version, matcher.group(3), Long.toString(crc.getValue()), split(content));
	}

	public boolean repeatable() {
		return "R".equals(this.version);
	}

	/**
	 * The name the script is known by in logs and in the graph's record of applied
	 * scripts.
	 */
	public String name() {
		return (repeatable() ? "R" : "V" + this.version) + "__" + this.description;
	}

	/**
	 * Neo4j refuses data writes in a transaction that changes the schema, so such scripts
	 * are recorded in a second transaction; their statements are {@code IF NOT EXISTS}
	 * and safe to repeat.
	 */
	public boolean changesSchema() {
		return this.statements.stream()
			.anyMatch((statement) -> SCHEMA_STATEMENT.matcher(stripComments(statement)).find());
	}

	/**
	 * Splits on {@code ;} followed by a line end, outside string literals, quoted names
	 * and comments. Statements that hold nothing but comments are dropped.
	 */
	static List<String> split(String content) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		char quote = 0;
		boolean lineComment = false;
		boolean blockComment = false;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			char next = (i + 1 < content.length()) ? content.charAt(i + 1) : 0;
			current.append(c);
			if (lineComment) {
				lineComment = c != '\n';
			}
			else if (blockComment) {
				if (c == '*' && next == '/') {
					current.append(next);
					i++;
					blockComment = false;
				}
			}
			else if (quote != 0) {
				if (c == '\\' && quote != '`' && next != 0) {
					current.append(next);
					i++;
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '/' && next == '/') {
				lineComment = true;
			}
			else if (c == '/' && next == '*') {
				blockComment = true;
			}
			else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == ';' && endsLine(content, i + 1)) {
				current.setLength(current.length() - 1);
				addIfNotEmpty(statements, current.toString());
				current.setLength(0);
			}
		}
		addIfNotEmpty(statements, current.toString());
		return statements;
	}

	private static boolean endsLine(String content, int from) {
		for (int i = from; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '\n') {
				return true;
			}
			if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	private static void addIfNotEmpty(List<String> statements, String statement) {
		if (!stripComments(statement).isBlank()) {
			statements.add(statement.strip());
		}
	}

	private static String stripComments(String statement) {
		return statement.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
	}

}
