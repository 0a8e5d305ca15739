package tm.relations.country;

/**
 * The {@code CounterpartOrder} input.
 *
 * @param field what to sort by
 * @param direction ascending or descending
 */
record CounterpartOrder(Field field, Direction direction) {

	static final CounterpartOrder DEFAULT = new CounterpartOrder(Field.NAME, Direction.ASC);

	CounterpartOrder {
		field = (field != null) ? field : Field.NAME;
		direction = (direction != null) ? direction : Direction.ASC;
	}

	/** The {@code CounterpartOrderField} enum. */
	enum Field {

		NAME, ESTABLISHED, ISO3

	}

	/** The {@code OrderDirection} enum. */
	enum Direction {

		ASC, DESC

	}

}
