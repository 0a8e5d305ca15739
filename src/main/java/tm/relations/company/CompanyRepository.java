package tm.relations.company;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tm.relations.node.BatchStatement;
import tm.relations.node.EntityLookup;
import tm.relations.node.GraphNode;
import tm.relations.node.KeyedRows;
import tm.relations.revision.FactFilter;
import tm.relations.revision.Revision;

/**
 * Companies, their homes, activities and air routes. Every method is one read statement
 * for all the nodes asked about.
 */
@Repository
@Transactional(readOnly = true)
public class CompanyRepository {

	/**
	 * One page of companies by home country (the country {@code $lookup} names: key,
	 * global id, name, ISO code or alias, the shared {@link EntityLookup#NAMED}, inserted
	 * as {@code %s}) and sector (the company's, or that of one of its activities), with
	 * the number of all matches and the home country's key ({@code home}, null when the
	 * lookup names none). With a home, the companies are found from it, through their
	 * {@code HEADQUARTERED_IN}, not by testing every company.
	 */
	static final String COMPANIES = """
			OPTIONAL CALL () {
			%s
			}
			WITH n.id AS home
			CALL (home) {
			  CALL (home) {
			    MATCH (co:Entity:Company)-[r:HEADQUARTERED_IN]->(:Entity {id: home})
			    WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND NOT coalesce(r.dubious, false)
			    RETURN co
			    UNION
			    WITH $lookup AS lookup WHERE lookup.text IS NULL
			    MATCH (co:Entity:Company)
			    RETURN co
			  }
			  WITH co
			  WHERE ($sector IS NULL OR toLower(co.sector) = toLower($sector)
			         OR EXISTS { MATCH (co)-[a:ACTIVE_IN]->() WHERE toLower(a.sector) = toLower($sector) })
			    AND ($asOf IS NULL OR $asOf IN co.revisions)
			  WITH co ORDER BY toLower(co.name), co.id
			  RETURN collect(co) AS matches
			}
			RETURN home, size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page"""
		.formatted(EntityLookup.NAMED);

	/** The home countries of each company, newest statement first. */
	static final String HEADQUARTERS = """
			UNWIND $keys AS key
			MATCH (company:Entity {id: key})-[r:HEADQUARTERED_IN]->(country:Entity)
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, company, country, properties(r) AS r
			ORDER BY key, r.revisions[-1] DESC, country.name""";

	/** The companies headquartered in each country. */
	public static final BatchStatement<Headquarters> COMPANIES_OF_COUNTRY = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (company:Entity:Company)-[r:HEADQUARTERED_IN]->(country:Entity {id: key})
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, company, country, properties(r) AS r
			ORDER BY key, company.name""", List.of("company", "country", "r"), CompanyRepository::home);

	/** What each company does, and where. */
	public static final BatchStatement<CompanyActivity> ACTIVITIES = new BatchStatement<>("""
			UNWIND $keys AS key
			MATCH (:Entity {id: key})-[r:ACTIVE_IN]->(place:Entity)
			WHERE ($asOf IS NULL OR $asOf IN r.revisions) AND ($includeDubious OR NOT coalesce(r.dubious, false))
			RETURN key, place, properties(r) AS r
			ORDER BY key, place.name, r.key""", List.of("place", "r"),
			(row) -> CompanyActivity.of(GraphNode.of(row.get("place").asNode()), row.get("r").asMap()));

	/** The air routes each airline operates. */
	static final String AIR_ROUTES = """
			UNWIND $keys AS key
			MATCH (route:AirRoute)-[r:OPERATED_BY]->(:Entity {id: key})
			WHERE NOT coalesce(r.dubious, false)
			RETURN key, route
			ORDER BY key, route.name""";

	/** The airline of each air route. */
	static final String AIRLINES = """
			UNWIND $keys AS key
			MATCH (:AirRoute {key: key})-[:OPERATED_BY]->(airline:Entity)
			RETURN key, airline
			ORDER BY key, airline.name""";

	/** The city each air route flies from. */
	static final String ORIGINS = """
			UNWIND $keys AS key
			MATCH (:AirRoute {key: key})-[:FLIES_FROM]->(city:Entity)
			RETURN key, city
			ORDER BY key, city.name""";

	/** The city each air route flies to. */
	static final String DESTINATIONS = """
			UNWIND $keys AS key
			MATCH (:AirRoute {key: key})-[:FLIES_TO]->(city:Entity)
			RETURN key, city
			ORDER BY key, city.name""";

	/** The routes each air route connects with, either way, and where. */
	static final String CONNECTIONS = """
			UNWIND $keys AS key
			MATCH (:AirRoute {key: key})-[r:CONNECTS_WITH]-(other:AirRoute)
			WHERE NOT coalesce(r.dubious, false)
			OPTIONAL MATCH (at:Entity {id: r.at})
			RETURN key, other, at, properties(r) AS r
			ORDER BY key, other.name""";

	private final Neo4jClient neo4j;

	CompanyRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** One page of companies; {@code home} null when {@code country} names none. */
	CompanyPage companies(String country, String sector, int offset, int first, Revision asOf) {
		return this.neo4j.query(COMPANIES)
			.bindAll(KeyedRows.parameters("lookup", EntityLookup.lookup("Country", country), "sector", sector, "asOf",
					Revision.codeOf(asOf), "offset", offset, "first", first))
			.fetchAs(CompanyPage.class)
			.mappedBy((types, row) -> new CompanyPage(row.get("home").isNull() ? null : row.get("home").asString(),
					row.get("page").asList((Value n) -> GraphNode.of(n.asNode())), row.get("totalCount").asInt()))
			.one()
			.orElseThrow();
	}

	Map<String, List<Headquarters>> headquartersOf(List<String> companyKeys, FactFilter filter) {
		return KeyedRows.groupByKey(this.neo4j, HEADQUARTERS, parameters(companyKeys, filter), CompanyRepository::home);
	}

	Map<String, List<Headquarters>> companiesOf(List<String> countryKeys, FactFilter filter) {
		return COMPANIES_OF_COUNTRY.run(this.neo4j, parameters(countryKeys, filter));
	}

	Map<String, List<CompanyActivity>> activitiesOf(List<String> companyKeys, FactFilter filter) {
		return ACTIVITIES.run(this.neo4j, parameters(companyKeys, filter));
	}

	Map<String, List<GraphNode>> airRoutesOf(List<String> companyKeys) {
		return KeyedRows.groupByKey(this.neo4j, AIR_ROUTES, KeyedRows.parameters("keys", companyKeys),
				(row) -> GraphNode.of(row.get("route").asNode()));
	}

	Map<String, GraphNode> airlinesOf(List<String> routeKeys) {
		return KeyedRows.firstByKey(this.neo4j, AIRLINES, KeyedRows.parameters("keys", routeKeys),
				(row) -> GraphNode.of(row.get("airline").asNode()));
	}

	Map<String, GraphNode> originsOf(List<String> routeKeys) {
		return KeyedRows.firstByKey(this.neo4j, ORIGINS, KeyedRows.parameters("keys", routeKeys),
				(row) -> GraphNode.of(row.get("city").asNode()));
	}

	Map<String, GraphNode> destinationsOf(List<String> routeKeys) {
		return KeyedRows.firstByKey(this.neo4j, DESTINATIONS, KeyedRows.parameters("keys", routeKeys),
				(row) -> GraphNode.of(row.get("city").asNode()));
	}

	Map<String, List<AirRouteConnection>> connectionsOf(List<String> routeKeys) {
		return KeyedRows.groupByKey(this.neo4j, CONNECTIONS, KeyedRows.parameters("keys", routeKeys),
				(row) -> AirRouteConnection.of(GraphNode.of(row.get("other").asNode()),
						row.get("at").isNull() ? null : GraphNode.of(row.get("at").asNode()), row.get("r").asMap()));
	}

	private static Headquarters home(MapAccessor row) {
		return Headquarters.of(GraphNode.of(row.get("company").asNode()), GraphNode.of(row.get("country").asNode()),
				row.get("r").asMap());
	}

	private static Map<String, Object> parameters(List<String> keys, FactFilter filter) {
		return KeyedRows.parameters("keys", keys, "asOf", filter.asOfCode(), "includeDubious", filter.includeDubious());
	}

	/**
	 * One page of companies.
	 *
	 * @param home the key of the home country asked for, null when none or unknown
	 * @param nodes the page
	 * @param totalCount all matches
	 */
	record CompanyPage(String home, List<GraphNode> nodes, int totalCount) {
	}

}
