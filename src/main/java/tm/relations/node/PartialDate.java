package tm.relations.node;

/**
 * A date at the precision the text gives: {@code 1992}, {@code 1992-04} or
 * {@code 1992-03-06}.
 *
 * @param value the ISO-8601 text
 * @param precision YEAR, MONTH or DAY
 */
public record PartialDate(String value, String precision) {

	/**
	 * The date stored as text, with its stored precision or the one its length implies.
	 */
	public static PartialDate of(String value, String precision) {
		if (value == null) {
			return null;
		}
		String implied = switch (value.length()) {
			case 4 -> "YEAR";
			case 7 -> "MONTH";
			default -> "DAY";
		};
		return new PartialDate(value, (precision != null) ? precision : implied);
	}

}
