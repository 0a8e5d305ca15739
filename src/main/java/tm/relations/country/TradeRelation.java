package tm.relations.country;

import java.util.List;
import java.util.Map;

import tm.relations.node.PartialDate;
import tm.relations.provenance.Provenance;

/**
 * A trade fact between Turkmenistan and a counterpart.
 *
 * @param key the fact's key
 * @param tradeKind what the text claims
 * @param amount the amount as the text gives it
 * @param amountUsd the amount in US dollars, where the text gives one
 * @param year the year of the figure
 * @param exports exports as the text gives them
 * @param imports imports as the text gives them
 * @param goods the goods named
 * @param trend GROWING, where the text says so
 * @param significance how significant the text calls it
 * @param claimed whether the text reports it only as a claim of the government
 * @param current whether the newest revision states it
 * @param evidence the sentences that state it
 */
record TradeRelation(String key, TradeKind tradeKind, String amount, Double amountUsd, PartialDate year, String exports,
		String imports, List<String> goods, String trend, String significance, Boolean claimed, boolean current,
		List<Provenance> evidence) {

	@SuppressWarnings("unchecked")
	static TradeRelation of(Map<String, Object> stored) {
		return new TradeRelation((String) stored.get("key"), TradeKind.of(stored.get("tradeKind")),
				(String) stored.get("amount"), (stored.get("amountUsd") instanceof Number n) ? n.doubleValue() : null,
				PartialDate.of((String) stored.get("year"), (String) stored.get("yearPrecision")),
				(String) stored.get("exports"), (String) stored.get("imports"),
				List.copyOf((List<String>) stored.getOrDefault("goods", List.of())), (String) stored.get("trend"),
				(String) stored.get("significance"), (Boolean) stored.get("claimed"),
				Boolean.TRUE.equals(stored.get("current")), Provenance.of(stored));
	}

}
