package tm.relations.country;

import java.util.List;
import java.util.Map;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.neo4j.driver.Record;

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
import tm.relations.organisation.OrganisationRepository;
import tm.relations.revision.FactFilter;
import tm.relations.treaty.TreatyRepository;

/**
 * A country and what a client asks of it with it (PRODUCT 4.1,
 * {@code graphql/examples/q01}), in one statement: the country found by name, and its
 * relation with Turkmenistan, trade, missions, companies, agreements, disputes and shared
 * memberships, with the level below them (the missions' links, the companies' activities,
 * the parties of its agreements and disputes, the disputes' statuses). Each part is the
 * field's own batch statement run as a subquery ({@link BatchStatement#collectOver}), so
 * that the Cypher of a field stays in one place; its rows prime the field's data loader,
 * and the fields then resolve without a statement of their own.
 * <p>
 * Why not leave it to the loaders: each statement costs about a millisecond of CPU (Bolt
 * messages, a transaction, the driver's and the server's bookkeeping) whatever it reads,
 * and the question took ten (README "Performance"). The parts are read with the fields'
 * default arguments; a field asked with others ({@code asOf}, {@code includeDubious},
 * {@code direction}) misses the primed entries, and its loader runs its own statement as
 * before.
 */
@Repository
@Transactional(readOnly = true)
class CountryProfiles {

	/** The keys the fields' loaders use for a country asked with default arguments. */
	private static final FactFilter DEFAULTS = FactFilter.DEFAULT;

	private static final MissionsArguments ALL_MISSIONS = new MissionsArguments(MissionDirection.BOTH, DEFAULTS);

	/**
	 * The statement. Its own variables end in {@code Rows} and {@code Keys} (the country
	 * is {@code found}), so that they cannot clash with those of the parts.
	 */
	static final String PROFILE = """
			CALL () {
			%s
			}
			WITH n AS found, [n.id] AS foundKeys
			WITH found,
			     %s AS relationRows,
			     %s AS tradeRows,
			     %s AS missionRows,
			     %s AS companyRows,
			     %s AS agreementRows,
			     %s AS disputeRows,
			     %s AS membershipRows
			WITH found, relationRows, tradeRows, missionRows, companyRows, agreementRows, disputeRows, membershipRows,
			     [row IN missionRows | row.m.key] AS missionKeys, [row IN companyRows | row.company.id] AS companyKeys,
			     [row IN agreementRows | row.t.key] AS treatyKeys, [row IN disputeRows | row.d.key] AS disputeKeys
			RETURN found, relationRows, tradeRows, missionRows, companyRows, agreementRows, disputeRows, membershipRows,
			       %s AS missionLinkRows,
			       %s AS activityRows,
			       %s AS treatyPartyRows,
			       %s AS disputePartyRows,
			       %s AS disputeStatusRows""".formatted(EntityLookup.NAMED,
			CountryRepository.RELATION_WITH_TURKMENISTAN.collectOver("foundKeys"),
			CountryRepository.TRADE.collectOver("foundKeys"), MissionRepository.MISSIONS.collectOver("foundKeys"),
			CompanyRepository.COMPANIES_OF_COUNTRY.collectOver("foundKeys"),
			TreatyRepository.AGREEMENTS.collectOver("foundKeys"), DisputeRepository.DISPUTES.collectOver("foundKeys"),
			OrganisationRepository.SHARED_MEMBERSHIPS.collectOver("foundKeys"),
			MissionRepository.LINKS.collectOver("missionKeys"), CompanyRepository.ACTIVITIES.collectOver("companyKeys"),
			TreatyRepository.PARTIES.collectOver("treatyKeys"), DisputeRepository.PARTIES.collectOver("disputeKeys"),
			DisputeRepository.STATUSES.collectOver("disputeKeys"));

	private final Neo4jClient neo4j;

	CountryProfiles(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The country named so, its fields' rows primed into the request's data loaders.
	 * @param name a name, alias, ISO code or key
	 * @param loaders the request's data loaders
	 * @return the country, or null when none is named so
	 */
	GraphNode find(String name, DataLoaderRegistry loaders) {
		return this.neo4j.query(PROFILE)
			.bindAll(KeyedRows.parameters("lookup", EntityLookup.lookup("Country", name), "asOf", null,
					"includeDubious", false, "direction", MissionDirection.BOTH.name()))
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> primed(row, loaders))
			.one()
			.orElse(null);
	}

	private static GraphNode primed(Record row, DataLoaderRegistry loaders) {
		GraphNode country = GraphNode.of(row.get("found").asNode());
		NodeBatches.Key<FactFilter> byDefault = new NodeBatches.Key<>(country.key(), DEFAULTS);
		prime(loaders, "relationWithTurkmenistan", byDefault,
				CountryRepository.RELATION_WITH_TURKMENISTAN.readAll(row.get("relationRows")));
		prime(loaders, "tradeWithTurkmenistan", byDefault, CountryRepository.TRADE.readAll(row.get("tradeRows")));
		prime(loaders, "companiesOfCountry", byDefault,
				CompanyRepository.COMPANIES_OF_COUNTRY.readAll(row.get("companyRows")));
		prime(loaders, "sharedMemberships", byDefault,
				OrganisationRepository.SHARED_MEMBERSHIPS.readAll(row.get("membershipRows")));

		List<GraphNode> missions = MissionRepository.MISSIONS.readAll(row.get("missionRows"));
		prime(loaders, "missions", new NodeBatches.Key<>(country.key(), ALL_MISSIONS), missions);
		var links = MissionRepository.LINKS.readFirst(row.get("missionLinkRows"));
		missions.forEach((mission) -> prime(loaders, "missionLinks", mission.key(), links.get(mission.key())));

		var activities = CompanyRepository.ACTIVITIES.read(row.get("activityRows"));
		row.get("companyRows")
			.values((company) -> company.get("company").get("id").asString())
			.forEach((company) -> prime(loaders, "activities", new NodeBatches.Key<>(company, DEFAULTS),
					activities.getOrDefault(company, List.of())));

		List<GraphNode> agreements = TreatyRepository.AGREEMENTS.readAll(row.get("agreementRows"));
		prime(loaders, "agreements", byDefault, agreements);
		var treatyParties = TreatyRepository.PARTIES.read(row.get("treatyPartyRows"));
		agreements.forEach((treaty) -> prime(loaders, "Treaty.parties", treaty,
				treatyParties.getOrDefault(treaty.key(), List.of())));

		List<GraphNode> disputes = DisputeRepository.DISPUTES.readAll(row.get("disputeRows"));
		prime(loaders, "disputes", byDefault, disputes);
		var disputeParties = DisputeRepository.PARTIES.read(row.get("disputePartyRows"));
		Map<String, List<GraphNode>> statuses = DisputeRepository.STATUSES.read(row.get("disputeStatusRows"));
		for (GraphNode dispute : disputes) {
			List<GraphNode> history = statuses.getOrDefault(dispute.key(), List.of());
			prime(loaders, "Dispute.parties", dispute, disputeParties.getOrDefault(dispute.key(), List.of()));
			prime(loaders, "Dispute.statusHistory", dispute, history);
			prime(loaders, "Dispute.status", dispute,
					history.isEmpty() ? null : DisputeRepository.newestStatus(history));
		}
		return country;
	}

	/**
	 * Primes the loader of this name, if the request has it (Spring for GraphQL registers
	 * every loader in every request; a {@code @BatchMapping}'s is named
	 * {@code Type.field}).
	 */
	private static void prime(DataLoaderRegistry loaders, String loader, Object key, Object value) {
		DataLoader<Object, Object> dataLoader = loaders.getDataLoader(loader);
		if (dataLoader == null) {
			throw new IllegalStateException("No data loader named " + loader);
		}
		dataLoader.prime(key, value);
	}

}
