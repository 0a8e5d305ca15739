package tm.relations.country;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import tm.relations.node.GraphNode;
import tm.relations.node.NodeBatches;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;
import tm.relations.web.BadRequestException;
import tm.relations.web.NormalizedSelection;
import tm.relations.web.Pagination;
import tm.relations.web.Pagination.Connection;
import tm.relations.web.Pagination.PageRequest;

/**
 * {@code country}, {@code counterparts} and {@code statistics}, and the fields of
 * {@code Country} (and {@code Placeholder}) about their relation with Turkmenistan.
 * Per-country fields are batch-loaded: one statement per field and set of arguments,
 * however many countries a request asks about.
 */
@Controller
class CountryController {

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private final CountryRepository countries;

	private final CountryProfiles profiles;

	CountryController(CountryRepository countries, CountryProfiles profiles, BatchLoaderRegistry batchLoaders) {
		this.countries = countries;
		this.profiles = profiles;
		NodeBatches.register(batchLoaders, "relationWithTurkmenistan", countries::relationsWithTurkmenistan);
		NodeBatches.register(batchLoaders, "tradeWithTurkmenistan", countries::trade);
	}

	/**
	 * The country; when the request asks for its relations, missions, companies ... too,
	 * read with them in one statement ({@link CountryProfiles}).
	 */
	@QueryMapping
	GraphNode country(@Argument String name, DataFetchingEnvironment environment) {
		if (name == null || name.isBlank()) {
			return null;
		}
		ExecutableNormalizedField field = NormalizedSelection.of(environment);
		Set<CountryProfiles.Part> parts = CountryProfiles.asked(field, "");
		return parts.isEmpty() ? this.countries.findByName(name) : this.profiles.find(name, parts,
				CountryProfiles.missionDirection(field, ""), environment.getDataLoaderRegistry());
	}

	@QueryMapping
	Connection<GraphNode> counterparts(@Argument CounterpartFilter filter, @Argument CounterpartOrder orderBy,
			@Argument Integer first, @Argument String after, @Argument Revision asOf,
			@Argument Boolean includePlaceholders, DataFetchingEnvironment environment) {
		PageRequest page = Pagination.request(first, after);
		CounterpartFilter checked = checked((filter != null) ? filter : CounterpartFilter.NONE);
		CounterpartOrder order = (orderBy != null) ? orderBy : CounterpartOrder.DEFAULT;
		boolean placeholders = Boolean.TRUE.equals(includePlaceholders);
		// What the request asks of the page's countries: read with the page, not a
		// statement per field.
		ExecutableNormalizedField field = NormalizedSelection.of(environment);
		Set<CountryProfiles.Part> parts = CountryProfiles.asked(field, "edges/node/");
		CountryRepository.CounterpartPage found = parts.isEmpty()
				? this.countries.counterparts(checked, order, page.offset(), page.first(), asOf, placeholders)
				: this.profiles.counterparts(order,
						CountryRepository.counterpartParameters(checked, order, page.offset(), page.first(), asOf,
								placeholders),
						parts, CountryProfiles.missionDirection(field, "edges/node/"),
						environment.getDataLoaderRegistry());
		return Pagination.connection(page, found.nodes(), found.totalCount());
	}

	@QueryMapping
	Statistics statistics(@Argument Revision asOf, @Argument Boolean includePlaceholders) {
		return this.countries.statistics(asOf, Boolean.TRUE.equals(includePlaceholders));
	}

	@SchemaMapping(typeName = "Country", field = "relationWithTurkmenistan")
	CompletableFuture<List<DiplomaticRelation>> relationWithTurkmenistan(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<DiplomaticRelation>> relationWithTurkmenistan) {
		return relationWithTurkmenistan.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Placeholder", field = "relationWithTurkmenistan")
	CompletableFuture<List<DiplomaticRelation>> placeholderRelationWithTurkmenistan(GraphNode placeholder,
			@Argument Revision asOf, @Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<DiplomaticRelation>> relationWithTurkmenistan) {
		return relationWithTurkmenistan
			.load(new NodeBatches.Key<>(placeholder.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Country", field = "trade")
	CompletableFuture<List<TradeRelation>> trade(GraphNode country, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<TradeRelation>> tradeWithTurkmenistan) {
		return tradeWithTurkmenistan.load(new NodeBatches.Key<>(country.key(), FactFilter.of(asOf, includeDubious)));
	}

	@SchemaMapping(typeName = "Placeholder", field = "trade")
	CompletableFuture<List<TradeRelation>> placeholderTrade(GraphNode placeholder, @Argument Revision asOf,
			@Argument Boolean includeDubious,
			DataLoader<NodeBatches.Key<FactFilter>, List<TradeRelation>> tradeWithTurkmenistan) {
		return tradeWithTurkmenistan
			.load(new NodeBatches.Key<>(placeholder.key(), FactFilter.of(asOf, includeDubious)));
	}

	private static CounterpartFilter checked(CounterpartFilter filter) {
		checkPartialDate("establishedBefore", filter.establishedBefore());
		checkPartialDate("establishedAfter", filter.establishedAfter());
		return filter;
	}

	private static void checkPartialDate(String argument, String value) {
		if (value != null && !isPartialDate(value)) {
			throw new BadRequestException("Filter '" + argument + "' must be an ISO-8601 partial date (\"1995\", "
					+ "\"1995-04\" or \"1995-04-06\") of a month and day that exist, but was \"" + value + "\".");
		}
	}

	private static boolean isPartialDate(String value) {
		if (!PARTIAL_DATE.matcher(value).matches()) {
			return false;
		}
		try {
			switch (value.length()) {
				case 7 -> YearMonth.parse(value);
				case 10 -> LocalDate.parse(value);
				default -> {
				}
			}
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
