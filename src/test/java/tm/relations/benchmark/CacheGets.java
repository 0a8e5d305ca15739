package tm.relations.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The hits and misses of the service's own caches so far, as Micrometer counts them
 * ({@code cache.gets} with {@code result=hit|miss} on {@code /actuator/metrics}, one
 * {@code cache} tag per cache): read around a measurement, they show that the requests
 * measured were parsed, validated and costed once (the document and operation caches hit
 * every time) and that no answer came from the optional answer cache, which would make
 * the service's figures meaningless beside the floor's.
 *
 * @param gets hits and misses by cache name; a cache the service does not run (the answer
 * cache when it is off) is absent
 */
record CacheGets(Map<String, Gets> gets) {

	/** The caches read, in report order. */
	static final List<String> CACHES = List.of("graphql.documents", "graphql.operations", "graphql.responses");

	CacheGets {
		gets = Map.copyOf(gets);
	}

	/** The gets so far; null when the service has no metrics endpoint. */
	static CacheGets read(GraphQlClient client) throws Exception {
		if (client.get("/actuator/metrics") == null) {
			return null;
		}
		Map<String, Gets> gets = new LinkedHashMap<>();
		for (String cache : CACHES) {
			Long hits = count(client, cache, "hit");
			Long misses = count(client, cache, "miss");
			if (hits != null && misses != null) {
				gets.put(cache, new Gets(hits, misses));
			}
		}
		return new CacheGets(gets);
	}

	/** The gets between an earlier reading and this one. */
	CacheGets since(CacheGets earlier) {
		Map<String, Gets> between = new LinkedHashMap<>();
		this.gets.forEach((cache, now) -> {
			Gets before = earlier.gets.getOrDefault(cache, new Gets(0, 0));
			between.put(cache, new Gets(now.hits() - before.hits(), now.misses() - before.misses()));
		});
		return new CacheGets(between);
	}

	/**
	 * The share of a cache's gets that hit, in percent; NaN when the cache got no gets,
	 * or does not run.
	 */
	double hitPercent(String cache) {
		Gets counted = this.gets.get(cache);
		return (counted == null || counted.hits() + counted.misses() == 0) ? Double.NaN
				: 100.0 * counted.hits() / (counted.hits() + counted.misses());
	}

	/** Whether the service runs this cache. */
	boolean runs(String cache) {
		return this.gets.containsKey(cache);
	}

	private static Long count(GraphQlClient client, String cache, String result) throws Exception {
		String metric = client.get("/actuator/metrics/cache.gets?tag=cache:" + cache + "&tag=result:" + result);
		if (metric == null) {
			return null;
		}
		for (JsonNode measurement : GraphQlClient.parse(metric).path("measurements")) {
			if ("COUNT".equals(measurement.path("statistic").asString())) {
				return measurement.path("value").asLong();
			}
		}
		return 0L;
	}

	/**
	 * The gets of one cache.
	 *
	 * @param hits gets that found an entry
	 * @param misses gets that did not
	 */
	record Gets(long hits, long misses) {
	}

}
