package tm.relations.country;

/**
 * What the text claims about trade between Turkmenistan and a counterpart (the
 * {@code tradeKind} of {@code TRADES_WITH}).
 */
enum TradeKind {

	FAVOURED_CLAIM, COMMERCIAL_RELATIONSHIP, CROSS_BORDER_TRADE, LARGEST_COMMERCIAL_PARTNER,
	LARGEST_SOURCE_OF_FOREIGN_EXCHANGE, BILATERAL_TRADE, ENTREPOT, COMMERCIAL_COOPERATION, OTHER;

	/** The kind of a stored value; OTHER for a value this API does not know yet. */
	static TradeKind of(Object stored) {
		for (TradeKind kind : values()) {
			if (kind.name().equals(stored)) {
				return kind;
			}
		}
		return OTHER;
	}

}
