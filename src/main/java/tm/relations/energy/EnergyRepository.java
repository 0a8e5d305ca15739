package tm.relations.energy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.dataloader.DataLoaderRegistry;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.BatchStatement;
import tm.relations.node.EntityLookup;
import tm.relations.node.EntityPage;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.railway.LineLoaders;
import tm.relations.railway.RouteRepository;
import tm.relations.railway.RouteStop;
import tm.relations.revision.Revision;

/**
 * Pipelines and the energy partners of a country. Each method is one statement: the
 * partners, their connecting facts and assets come back together, with the routes and
 * statuses of the pipelines among the assets when the request asks for them (primed into
 * the loaders that otherwise read them one level down, a statement each).
 */
@Repository
@Transactional(readOnly = true)
class EnergyRepository {

	/**
	 * The energy partners of the country {@code $lookup} names (key, global id, name, ISO
	 * code or alias, case-insensitive: the shared {@link EntityLookup#NAMED}, inserted as
	 * {@code %s}, which finds it through the indexes), in one statement:
	 * <ol>
	 * <li>the assets (pipelines, dams, fields, concessions) tied to {@code of}: a route
	 * stop, builder, backer, spanned country or location in it (following
	 * {@code LOCATED_IN} up to its country), a field or concession worked by a company
	 * active in it, or one a treaty it is party to concerns;</li>
	 * <li>for each asset, the other countries tied to it: route stops resolved to their
	 * country, builders, backers, spanned countries, and the home of the companies that
	 * operate or hold it (directly or through their owner);</li>
	 * <li>the gas, electricity, LPG and (dubious) warm-water flows between {@code of} and
	 * a partner, either way, with the pipeline named by {@code via}.</li>
	 * </ol>
	 * The connecting facts are filtered by {@code $asOf} and dubiousness; the geography
	 * that resolves a stop to its country and the home of a company only need provenance.
	 * It ends in one row of {@code of} (null when the country is unknown), the number of
	 * partners ({@code total}) and, sorted by name, the {@code page} of {@code $first}
	 * partners from {@code $offset} (all from there when {@code $first} is null), each a
	 * map of the partner and its connections; {@link #statement} returns them, and what
	 * it reads of the page's pipelines. A page is cut after the partners are sorted, so
	 * it costs the database as much as the whole list; what it saves is the transfer, the
	 * mapping and the JSON of the partners outside it.
	 * <p>
	 * The cost follows the answer: the assets are found from {@code of} outwards (the
	 * places in it, then what points at them), not by testing every asset of the graph,
	 * and each asset flows as a row into the subquery that finds its partners.
	 * (Collecting the assets into a list and unwinding it in each branch of a
	 * {@code UNION} made the list part of every row the union deduplicates: memory grew
	 * with the rows times the assets, past the transaction memory limit at x1000 of the
	 * benchmark.) The branches cannot repeat a row, except an operator's home reached by
	 * two ownership paths, which is the one {@code DISTINCT}.
	 */
	static final String ENERGY_PARTNERS = """
			OPTIONAL CALL () {
			%s
			}
			WITH n AS of
			OPTIONAL CALL (of) {
			  CALL (of) {
			    MATCH (of)<-[l:LOCATED_IN WHERE l.revisions IS NOT NULL AND NOT coalesce(l.dubious, false)]-{0,4}(:Entity)
			          <-[r:ROUTE|BUILT_BY|BACKED_BY|SPANS|LOCATED_IN]-(asset:Entity)
			    WHERE (asset:Pipeline OR asset:Dam OR asset:Field OR asset:Concession)
			      AND r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			      AND ($includeDubious OR NOT coalesce(r.dubious, false))
			    RETURN asset
			    UNION
			    MATCH (of)<-[a:ACTIVE_IN]-(:Company)-[r:OPERATES|HOLDS]->(asset:Entity)
			    WHERE (asset:Pipeline OR asset:Dam OR asset:Field OR asset:Concession)
			      AND r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			      AND ($includeDubious OR NOT coalesce(r.dubious, false))
			      AND ($includeDubious OR NOT coalesce(a.dubious, false))
			    RETURN asset
			    UNION
			    MATCH (of)-[p:PARTY_TO]->(:Treaty)-[r:CONCERNS]->(asset:Entity)
			    WHERE (asset:Pipeline OR asset:Dam OR asset:Field OR asset:Concession)
			      AND r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			      AND ($includeDubious OR NOT coalesce(r.dubious, false))
			      AND ($includeDubious OR NOT coalesce(p.dubious, false))
			    RETURN asset
			  }
			  CALL (of, asset) {
			    MATCH (asset)-[r:ROUTE]->(stop:Entity)
			    WHERE r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			      AND ($includeDubious OR NOT coalesce(r.dubious, false))
			    CALL (stop) {
			      OPTIONAL MATCH located = (stop)-[l:LOCATED_IN WHERE l.revisions IS NOT NULL
			                                       AND NOT coalesce(l.dubious, false)]->{0,4}(country:Country)
			      RETURN country
			      ORDER BY length(located)
			      LIMIT 1
			    }
			    WITH r, country AS partner
			    WHERE partner IS NOT NULL AND partner <> of
			    RETURN partner, r AS fact, null AS company
			    UNION ALL
			    MATCH (asset)-[r:BUILT_BY|BACKED_BY|SPANS]->(partner:Country)
			    WHERE partner <> of AND r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			      AND ($includeDubious OR NOT coalesce(r.dubious, false))
			    RETURN partner, r AS fact, null AS company
			    UNION ALL
			    MATCH (company:Company)-[r:OPERATES|HOLDS]->(asset)
			    WHERE r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			      AND ($includeDubious OR NOT coalesce(r.dubious, false))
			    MATCH (company)-[o:OWNED_BY WHERE o.revisions IS NOT NULL AND NOT coalesce(o.dubious, false)]->{0,2}(home:Company)
			          -[h:HEADQUARTERED_IN]->(partner:Country)
			    WHERE partner <> of AND h.revisions IS NOT NULL AND NOT coalesce(h.dubious, false)
			    RETURN DISTINCT partner, r AS fact, company
			  }
			  RETURN partner, fact, true AS outgoing, asset, company, [] AS railheads
			  UNION ALL
			  MATCH (of)-[r:EXPORTS_GAS_TO|EXPORTS_ELECTRICITY_TO|EXPORTS_LPG_TO|SUPPLIES_WARM_WATER_TO]-(partner:Country)
			  WHERE partner <> of AND r.revisions IS NOT NULL AND ($asOf IS NULL OR $asOf IN r.revisions)
			    AND ($includeDubious OR NOT coalesce(r.dubious, false))
			  OPTIONAL MATCH (asset:Entity:Pipeline {id: r.via})
			  RETURN partner, r AS fact, startNode(r) = of AS outgoing, asset, null AS company,
			         COLLECT { MATCH (railhead:Entity) WHERE railhead.id IN coalesce(r.railheads, [])
			                   RETURN railhead ORDER BY railhead.name } AS railheads
			}
			WITH of, partner,
			     collect(CASE WHEN fact IS NOT NULL THEN {fact: fact, outgoing: outgoing, asset: asset,
			                                              company: company, railheads: railheads} END) AS connections
			ORDER BY partner.name
			WITH of, [row IN collect({partner: partner, connections: connections}) WHERE row.partner IS NOT NULL] AS partners
			WITH of, size(partners) AS total, partners[$offset..coalesce($offset + $first, size(partners))] AS page"""
		.formatted(EntityLookup.NAMED);

	/**
	 * The keys of the pipelines among the assets of the page ({@code lineKeys}), whose
	 * routes and statuses the statement then reads with the railway feature's own batch
	 * statements ({@link PipelineFields}).
	 */
	private static final String PIPELINES_OF_THE_PAGE = """
			WITH of, total, page,
			     COLLECT { UNWIND page AS partner
			               UNWIND partner.connections AS connection
			               WITH connection.asset AS asset
			               WHERE asset:Pipeline
			               RETURN DISTINCT asset.id } AS lineKeys""";

	/**
	 * The route statement with its own {@code asOf}: the route's argument, not the
	 * partners'.
	 */
	private static final BatchStatement<RouteStop> ROUTES = RouteRepository.ROUTES.withParameter("asOf", "routeAsOf");

	private static final Comparator<EnergyConnection> CONNECTION_ORDER = Comparator.comparing(EnergyConnection::role)
		.thenComparing((c) -> (c.asset() != null) ? c.asset().name() : "")
		.thenComparing(EnergyConnection::key);

	private final Neo4jClient neo4j;

	private final EntityLookup entities;

	EnergyRepository(Neo4jClient neo4j, EntityLookup entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	/**
	 * The energy partners of a country, sorted by name.
	 * @param of the country's name, alias, ISO code, key or global id
	 * @param asOf a revision code, or null for all
	 * @param includeDubious whether dubious facts count
	 * @param offset partners to skip
	 * @param first partners to return after them, or null for all
	 * @param pipelines what to read of the page's pipelines and prime into the loaders
	 * @param loaders the request's data loaders
	 * @return the partners of the page and the number of all of them, or null when the
	 * country is unknown
	 */
	PartnerPage energyPartners(String of, String asOf, boolean includeDubious, int offset, Integer first,
			PipelineFields pipelines, DataLoaderRegistry loaders) {
		org.neo4j.driver.Record row = this.neo4j.query(statement(pipelines))
			.bindAll(KeyedRows.parameters("lookup", EntityLookup.lookup("Country", of), "asOf", asOf, "includeDubious",
					includeDubious, "offset", offset, "first", first, "routeAsOf",
					Revision.codeOf(pipelines.routeAsOf())))
			.fetchAs(org.neo4j.driver.Record.class)
			.mappedBy((types, record) -> record)
			.one()
			.orElseThrow();
		if (row.get("of").isNull()) {
			return null;
		}
		prime(row, pipelines, loaders);
		return new PartnerPage(row.get("page").asList(EnergyRepository::partner), row.get("total").asInt());
	}

	/**
	 * {@link #ENERGY_PARTNERS}, and the routes and statuses of the page's pipelines when
	 * asked for: four shapes, each planned once.
	 */
	static String statement(PipelineFields pipelines) {
		if (!pipelines.readsAny()) {
			return ENERGY_PARTNERS + "\nRETURN of, total, page";
		}
		return ENERGY_PARTNERS + "\n" + PIPELINES_OF_THE_PAGE + "\nRETURN of, total, page, lineKeys"
				+ (pipelines.routes() ? ",\n       " + ROUTES.collectOver("lineKeys") + " AS routeRows" : "")
				+ (pipelines.statusHistory()
						? ",\n       " + RouteRepository.STATUS_HISTORY.collectOver("lineKeys") + " AS statusRows"
						: "");
	}

	/**
	 * Primes the route and status loaders with what the statement read, so that those
	 * fields of the page's pipelines resolve without a statement of their own.
	 */
	private static void prime(org.neo4j.driver.Record row, PipelineFields pipelines, DataLoaderRegistry loaders) {
		if (!pipelines.readsAny()) {
			return;
		}
		List<String> lines = row.get("lineKeys").asList(Value::asString);
		if (pipelines.routes()) {
			LineLoaders.primeRoutes(loaders, lines, ROUTES.read(row.get("routeRows")), pipelines.routeAsOf());
		}
		if (pipelines.statusHistory()) {
			LineLoaders.primeStatusHistory(loaders, lines, RouteRepository.STATUS_HISTORY.read(row.get("statusRows")));
		}
	}

	List<GraphNode> pipelines(String asOf) {
		return this.entities.all("Pipeline", asOf);
	}

	EntityPage pipelines(String asOf, int offset, int first) {
		return this.entities.page("Pipeline", asOf, offset, first);
	}

	GraphNode pipeline(String name) {
		return this.entities.named("Pipeline", name);
	}

	private static EnergyPartner partner(Value row) {
		List<EnergyConnection> connections = new ArrayList<>(
				row.get("connections").asList(EnergyRepository::connection));
		connections.sort(CONNECTION_ORDER);
		return new EnergyPartner(GraphNode.of(row.get("partner").asNode()), connections);
	}

	private static EnergyConnection connection(Value connection) {
		var fact = connection.get("fact").asRelationship();
		Map<String, Object> stored = fact.asMap();
		Value asset = connection.get("asset");
		Value company = connection.get("company");
		boolean flow = fact.type().startsWith("EXPORTS_") || fact.type().equals("SUPPLIES_WARM_WATER_TO");
		EnergyRole role = flow ? EnergyRole.ofFlow(fact.type(), connection.get("outgoing").asBoolean())
				: EnergyRole.ofAsset(fact.type(), (String) stored.get("role"));
		return new EnergyConnection((String) stored.getOrDefault("key", fact.elementId()), role, fact.type(),
				asset.isNull() ? null : GraphNode.of(asset.asNode()),
				company.isNull() ? null : GraphNode.of(company.asNode()),
				connection.get("railheads").asList((railhead) -> GraphNode.of(railhead.asNode())), stored);
	}

	/**
	 * A page of energy partners.
	 *
	 * @param partners the partners of the page, sorted by name
	 * @param total the number of all partners
	 */
	record PartnerPage(List<EnergyPartner> partners, int total) {

		PartnerPage {
			partners = List.copyOf(partners);
		}

	}

}
