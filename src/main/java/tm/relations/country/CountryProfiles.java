package tm.relations.country;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import graphql.normalized.ExecutableNormalizedField;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.company.CompanyRepository;
import tm.relations.dispute.DisputeRepository;
import tm.relations.mission.MissionDirection;
import tm.relations.mission.MissionRepository;
import tm.relations.mission.MissionsArguments;
import tm.relations.node.BatchStatement;
import tm.relations.node.EntityLookup;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.node.NodeBatches;
import tm.relations.node.StatementShapes;
import tm.relations.organisation.OrganisationRepository;
import tm.relations.revision.FactFilter;
import tm.relations.treaty.TreatyRepository;
import tm.relations.web.GraphLimitsProperties;
import tm.relations.web.NormalizedSelection;

/**
 * What a client asks of countries (PRODUCT 4.1, {@code graphql/examples/q01}) read in one
 * statement: their relation with Turkmenistan, trade, missions, companies, agreements,
 * disputes and shared memberships, and the level below (the missions' links, the
 * companies' activities, the parties of agreements and disputes, the disputes' statuses),
 * as far as the request's selection asks for them. Each {@link Part} is the field's own
 * batch statement run as a subquery ({@link BatchStatement#collectOver}), so that the
 * Cypher of a field stays in one place; its rows prime the field's data loader, and the
 * fields then resolve without a statement of their own. {@code country(name:)} finds the
 * country in the same statement, {@code counterparts} its page ({@link Head}).
 * <p>
 * Why not leave it to the loaders: each statement costs about a millisecond of CPU (Bolt
 * messages, a transaction, the driver's and the server's bookkeeping) whatever it reads;
 * the nested country question took ten (docs/performance.md, third round). The parts are
 * read with the fields' default arguments, the missions with the direction all of them
 * ask for; a field asked with others ({@code asOf}, {@code includeDubious}, differing
 * directions) misses the primed entries, and its loader runs its own statement as before.
 */
@Repository
@Transactional(readOnly = true)
class CountryProfiles {

	private static final FactFilter DEFAULTS = FactFilter.DEFAULT;

	/**
	 * What a page of counterparts adds to the parameters of
	 * {@link CountryRepository#counterpartParameters}: its {@code asOf} renamed, since
	 * the parts are read with their defaults.
	 */
	private static final String COUNTERPARTS_AS_OF = "counterpartsAsOf";

	/** Statements by head and parts: a few shapes per client, each planned once. */
	private final Map<String, String> statements = new ConcurrentHashMap<>();

	private final Neo4jClient neo4j;

	private final StatementShapes shapes;

	/**
	 * @param neo4j the client
	 * @param limits {@code graph.limits.max-statement-shapes}: how many sets of parts get
	 * a statement of their own
	 */
	@Autowired
	CountryProfiles(Neo4jClient neo4j, GraphLimitsProperties limits) {
		this(neo4j, limits.maxStatementShapes());
	}

	CountryProfiles(Neo4jClient neo4j, int maxShapes) {
		this.neo4j = neo4j;
		this.shapes = new StatementShapes(maxShapes);
	}

	/**
	 * The parts read for a request asking for these: the same while {@link #shapes}
	 * admits their set (25 aliases of {@code country}, each asking for other fields, ran
	 * 11 s into the transaction timeout; a QA pass found 2,160 such sets, more than
	 * Neo4j's plan cache holds); every part otherwise, which reads more than asked for,
	 * in a statement planned once.
	 */
	Set<Part> read(Head head, Set<Part> parts) {
		return this.shapes.admits(key(head, parts)) ? parts : EnumSet.allOf(Part.class);
	}

	private static String key(Head head, Set<Part> parts) {
		return head + " " + parts;
	}

	/**
	 * The parts a request asks for below a field.
	 * @param field the field, normalised ({@link NormalizedSelection#of})
	 * @param path where the countries are below it ({@code ""} for the field's own
	 * object, {@code "edges/node/"} for a connection)
	 * @return the parts, empty when none
	 */
	static Set<Part> asked(ExecutableNormalizedField field, String path) {
		Set<Part> parts = EnumSet.noneOf(Part.class);
		for (Part part : Part.values()) {
			if (part.fields.stream().anyMatch((name) -> !NormalizedSelection.below(field, path + name).isEmpty())) {
				parts.add(part);
			}
		}
		parts.removeIf((part) -> part.under != null && !parts.contains(part.under));
		return parts;
	}

	/**
	 * The direction the {@code missions} below a field ask for, when all ask for the same
	 * ({@code BOTH} otherwise: the others then run their own statement).
	 * @param field the field, normalised ({@link NormalizedSelection#of})
	 * @param path where the countries are below it, as for {@link #asked}
	 * @return the direction the missions part is read with
	 */
	static MissionDirection missionDirection(ExecutableNormalizedField field, String path) {
		Set<String> asked = NormalizedSelection.below(field, path + Part.MISSIONS.fields.get(0))
			.stream()
			// An explicit null asks for the default as much as no argument does.
			.map((missions) -> String.valueOf(Objects
				.requireNonNullElse(missions.getResolvedArguments().get("direction"), MissionDirection.BOTH)))
			.collect(Collectors.toSet());
		return (asked.size() == 1) ? MissionDirection.valueOf(asked.iterator().next()) : MissionDirection.BOTH;
	}

	/**
	 * The country named so, with these parts primed into the request's data loaders.
	 * @param name a name, alias, ISO code or key
	 * @param parts the parts to read
	 * @param direction the direction of the missions part ({@link #missionDirection})
	 * @param loaders the request's data loaders
	 * @return the country, or null when none is named so
	 */
	GraphNode find(String name, Set<Part> parts, MissionDirection direction, DataLoaderRegistry loaders) {
		return this.neo4j.query(statement(Head.NAME, read(Head.NAME, parts)))
			.bindAll(parameters(Map.of("lookup", EntityLookup.lookup("Country", name)), direction))
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> {
				GraphNode country = GraphNode.of(row.get("found").asNode());
				prime(row, List.of(country.key()), parts, loaders);
				return country;
			})
			.one()
			.orElse(null);
	}

	/**
	 * A page of counterparts ({@link CountryRepository#counterparts}), with these parts
	 * of its countries (and placeholders) primed into the request's data loaders.
	 * @param order the page's order
	 * @param counterparts the page's parameters
	 * ({@link CountryRepository#counterpartParameters})
	 * @param parts the parts to read, not empty
	 * @param direction the direction of the missions part ({@link #missionDirection})
	 * @param loaders the request's data loaders
	 * @return the page
	 */
	CountryRepository.CounterpartPage counterparts(CounterpartOrder order, Map<String, Object> counterparts,
			Set<Part> parts, MissionDirection direction, DataLoaderRegistry loaders) {
		Head head = Head.of(order);
		Map<String, Object> page = new HashMap<>(counterparts);
		page.put(COUNTERPARTS_AS_OF, page.remove("asOf"));
		return this.neo4j.query(statement(head, read(head, parts)))
			.bindAll(parameters(page, direction))
			.fetchAs(CountryRepository.CounterpartPage.class)
			.mappedBy((types, row) -> {
				CountryRepository.CounterpartPage found = CountryRepository.CounterpartPage.of(row);
				prime(row, found.nodes().stream().map(GraphNode::key).toList(), parts, loaders);
				return found;
			})
			.one()
			.orElseThrow();
	}

	/**
	 * The statement: the head (the country found by name, or a page of counterparts),
	 * then the first level's parts over {@code foundKeys}, the distinct keys of their
	 * items (an agreement or dispute of two countries of a page is read once), and the
	 * second level's parts over those. Its own variables end in {@code Rows} and
	 * {@code Keys} (besides the head's columns), so that they cannot clash with those of
	 * the parts.
	 */
	String statement(Head head, Set<Part> parts) {
		return this.statements.computeIfAbsent(key(head, parts), (key) -> {
			String found = head.columns;
			List<Part> first = parts.stream().filter((part) -> part.under == null).toList();
			List<Part> second = parts.stream().filter((part) -> part.under != null).toList();
			String firstRows = first.stream().map((part) -> part.rows).collect(Collectors.joining(", "));
			return head.cypher + "\nWITH " + found + "foundKeys"
					+ first.stream()
						.map((part) -> ",\n     " + part.statement.collectOver("foundKeys") + " AS " + part.rows)
						.collect(Collectors.joining())
					+ "\nWITH " + found + firstRows
					+ first.stream()
						.filter((part) -> part.item != null)
						.map((part) -> ",\n     COLLECT { UNWIND " + part.rows + " AS row RETURN DISTINCT coalesce(row."
								+ part.item + ".id, row." + part.item + ".key) } AS " + part.itemKeys())
						.collect(Collectors.joining())
					+ "\nRETURN $direction AS missionDirection, " + found + firstRows
					+ second.stream()
						.map((part) -> ",\n       " + part.statement.collectOver(part.under.itemKeys()) + " AS "
								+ part.rows)
						.collect(Collectors.joining());
		});
	}

	/** These parameters of the head, and the parts' defaults. */
	private static Map<String, Object> parameters(Map<String, Object> head, MissionDirection direction) {
		Map<String, Object> parameters = new HashMap<>(head);
		parameters.putAll(KeyedRows.parameters("asOf", null, "includeDubious", false, "direction", direction.name()));
		return parameters;
	}

	/**
	 * Where a statement starts: the countries whose parts it reads, as the list of keys
	 * {@code foundKeys}, and the columns it returns of them.
	 */
	enum Head {

		/**
		 * The country a name means ({@code $lookup}), as {@code found}; no row when none.
		 */
		NAME("""
				CALL () {
				%s
				}
				WITH n AS found, [n.id] AS foundKeys""".formatted(EntityLookup.NAMED), "found, "),

		/**
		 * A page of counterparts in ascending order, as {@code totalCount} and
		 * {@code page}.
		 */
		COUNTERPARTS_ASC(page(CountryRepository.COUNTERPARTS_ASC), "totalCount, page, "),

		/** The same in descending order. */
		COUNTERPARTS_DESC(page(CountryRepository.COUNTERPARTS_DESC), "totalCount, page, ");

		final String cypher;

		/** The columns of the head, each followed by a comma. */
		final String columns;

		Head(String cypher, String columns) {
			this.cypher = cypher;
			this.columns = columns;
		}

		static Head of(CounterpartOrder order) {
			return (order.direction() == CounterpartOrder.Direction.DESC) ? COUNTERPARTS_DESC : COUNTERPARTS_ASC;
		}

		/**
		 * A page of counterparts with its {@code asOf} renamed (the parts read theirs)
		 * and its countries' keys (placeholders have a {@code key}, not an {@code id}).
		 */
		private static String page(String counterparts) {
			return BatchStatement.renameParameter(counterparts, "asOf", COUNTERPARTS_AS_OF)
					+ "\nWITH totalCount, page, [n IN page | coalesce(n.id, n.key)] AS foundKeys";
		}

	}

	private static void prime(Record row, List<String> keys, Set<Part> parts, DataLoaderRegistry loaders) {
		for (Part part : parts) {
			part.prime(row.get(part.rows), keys, row, loaders);
		}
	}

	/**
	 * Primes the loader of this name (Spring for GraphQL registers every loader in every
	 * request; a {@code @BatchMapping}'s is named {@code Type.field}).
	 */
	private static void prime(DataLoaderRegistry loaders, String loader, Object key, Object value) {
		DataLoader<Object, Object> dataLoader = loaders.getDataLoader(loader);
		if (dataLoader == null) {
			throw new IllegalStateException("No data loader named " + loader);
		}
		dataLoader.prime(key, value);
	}

	/**
	 * One field of countries, or of their items, that {@link CountryProfiles} can read.
	 */
	enum Part {

		RELATIONS("relationWithTurkmenistan", null, CountryRepository.RELATION_WITH_TURKMENISTAN, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByCountry(rows, keys, loaders, "relationWithTurkmenistan");
			}
		},

		TRADE("trade", null, CountryRepository.TRADE, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByCountry(rows, keys, loaders, "tradeWithTurkmenistan");
			}
		},

		MISSIONS("missions", null, MissionRepository.MISSIONS, "m") {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				var missions = this.statement.read(rows);
				MissionsArguments arguments = new MissionsArguments(
						MissionDirection.valueOf(row.get("missionDirection").asString()), DEFAULTS);
				keys.forEach((key) -> CountryProfiles.prime(loaders, "missions", new NodeBatches.Key<>(key, arguments),
						itemsOf(missions, key)));
			}
		},

		MISSION_LINKS("missions/owner missions/city missions/headResidentIn missions/accreditedTo missions/heads",
				MISSIONS, MissionRepository.LINKS, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				// One row per mission: the links of every mission read.
				this.statement.readFirst(rows)
					.forEach((mission, links) -> CountryProfiles.prime(loaders, "missionLinks", mission, links));
			}
		},

		COMPANIES("companies", null, CompanyRepository.COMPANIES_OF_COUNTRY, "company") {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByCountry(rows, keys, loaders, "companiesOfCountry");
			}
		},

		ACTIVITIES("companies/company/activities", COMPANIES, CompanyRepository.ACTIVITIES, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				var activities = this.statement.read(rows);
				itemKeys(row, COMPANIES).forEach((company) -> CountryProfiles.prime(loaders, "activities",
						new NodeBatches.Key<>(company, DEFAULTS), itemsOf(activities, company)));
			}
		},

		AGREEMENTS("agreements", null, TreatyRepository.AGREEMENTS, "t") {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByCountry(rows, keys, loaders, "agreements");
			}
		},

		TREATY_PARTIES("agreements/parties", AGREEMENTS, TreatyRepository.PARTIES, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByItem(rows, row, loaders, "Treaty.parties");
			}
		},

		DISPUTES("disputes", null, DisputeRepository.DISPUTES, "d") {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByCountry(rows, keys, loaders, "disputes");
			}
		},

		DISPUTE_PARTIES("disputes/parties", DISPUTES, DisputeRepository.PARTIES, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByItem(rows, row, loaders, "Dispute.parties");
			}
		},

		DISPUTE_STATUSES("disputes/status disputes/statusHistory", DISPUTES, DisputeRepository.STATUSES, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				Map<String, List<GraphNode>> statuses = DisputeRepository.STATUSES.read(rows);
				for (GraphNode dispute : items(row, DISPUTES)) {
					List<GraphNode> history = statuses.getOrDefault(dispute.key(), List.of());
					CountryProfiles.prime(loaders, "Dispute.statusHistory", dispute, history);
					CountryProfiles.prime(loaders, "Dispute.status", dispute,
							history.isEmpty() ? null : DisputeRepository.newestStatus(history));
				}
			}
		},

		SHARED_MEMBERSHIPS("sharedMemberships", null, OrganisationRepository.SHARED_MEMBERSHIPS, null) {
			@Override
			void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders) {
				primeByCountry(rows, keys, loaders, "sharedMemberships");
			}
		};

		/**
		 * The fields below the countries (qualified names, e.g. {@code missions/owner}),
		 * any of which asks for this part.
		 */
		final List<String> fields;

		/** The part whose items this part is about; null for a field of countries. */
		final Part under;

		final BatchStatement<?> statement;

		/**
		 * The column of this part's rows holding its item, a node (for the parts below
		 * it); null when no part is below it.
		 */
		final String item;

		/** The statement's variable holding this part's rows. */
		final String rows;

		Part(String fields, Part under, BatchStatement<?> statement, String item) {
			this.fields = List.of(fields.split(" "));
			this.under = under;
			this.statement = statement;
			this.item = item;
			this.rows = name().toLowerCase(java.util.Locale.ROOT).replace("_", "") + "Rows";
		}

		/** The statement's variable holding the keys of this part's items. */
		String itemKeys() {
			return this.rows.replace("Rows", "Keys");
		}

		/**
		 * Primes this part's loader.
		 * @param rows this part's rows
		 * @param keys the countries' keys
		 * @param row the whole result row (for a second-level part, the first level's
		 * items)
		 * @param loaders the request's data loaders
		 */
		abstract void prime(Value rows, List<String> keys, Record row, DataLoaderRegistry loaders);

		/** Primes a first-level loader keyed by country and default filter. */
		void primeByCountry(Value rows, List<String> keys, DataLoaderRegistry loaders, String loader) {
			var items = this.statement.read(rows);
			keys.forEach((key) -> CountryProfiles.prime(loaders, loader, new NodeBatches.Key<>(key, DEFAULTS),
					itemsOf(items, key)));
		}

		/**
		 * Primes a second-level {@code @BatchMapping} loader, keyed by the items of the
		 * part above.
		 */
		void primeByItem(Value rows, Record row, DataLoaderRegistry loaders, String loader) {
			var found = this.statement.read(rows);
			items(row, this.under)
				.forEach((item) -> CountryProfiles.prime(loaders, loader, item, itemsOf(found, item.key())));
		}

		/** The items of one node; none when it has no row. */
		static List<?> itemsOf(Map<String, ? extends List<?>> items, String key) {
			List<?> found = items.get(key);
			return (found != null) ? found : List.of();
		}

		/** The items of a first-level part, in the result row, as nodes. */
		static List<GraphNode> items(Record row, Part part) {
			return row.get(part.rows).asList((item) -> GraphNode.of(item.get(part.item).asNode()));
		}

		/** The keys of the items of a first-level part, in the result row. */
		static List<String> itemKeys(Record row, Part part) {
			return items(row, part).stream().map(GraphNode::key).toList();
		}

	}

}
