package tm.relations.loading;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Session;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph holds every entity the seeds name. The lists were written by reading the
 * three seed texts, not by querying the graph: each name must be the name or an alias of
 * exactly one entity of that kind, and that entity must carry provenance.
 */
class GraphCoverageTests extends GraphApiTestSupport {

	record Expected(String label, String name) {
		@Override
		public String toString() {
			return this.label + " " + this.name;
		}
	}

	static List<Expected> expectedEntities() {
		return List.of(
				of("Country", "Turkmenistan", "Afghanistan", "Azerbaijan", "Belarusian", "China",
						"People's Republic of China", "France", "Georgia", "German", "Vatican", "Holy See", "India",
						"Iran", "Israel", "Italy", "Japan", "Kazakhstan", "Libya", "Malaysian", "Pakistan", "Qatar",
						"Romania", "Russia", "Saudi Arabia", "South Korean", "Swiss", "Tajikistan", "Turkey", "Ukraine",
						"the Emirates", "United States", "Uzbekistan", "Soviet Union"),
				of("City", "Ashgabat", "Mary", "Türkmenabat", "Serhetabat", "Kerki", "Ymamnazar", "Kabul", "Herat",
						"Mazar-i-Sharif", "Andkhoi", "Andkhoy", "Aqina", "Torghundi", "Sherkhan Bandar", "Kunduz",
						"Khaf", "Teheran", "Mashhad", "Tokyo", "Paris", "Tbilisi", "Frankfurt am Main", "Rome",
						"Ankara", "New Delhi", "Amritsar", "London", "Birmingham", "Kuala Lumpur", "Doha", "Riyadh",
						"Geneva", "Vienna", "New York City", "Baku", "Dubai"),
				of("Region", "Caspian Sea", "Black Sea", "Amu Darya", "Faryab province", "Andkhoy District",
						"Central Asia"),
				of("Organisation", "United Nations", "International Monetary Fund", "World Bank",
						"Economic Cooperation Organization", "Organization for Security and Cooperation in Europe",
						"Organisation of Islamic Cooperation", "Islamic Development Bank", "Asian Development Bank",
						"European Bank for Reconstruction and Development", "Food and Agriculture Organization",
						"International Organization of Turkic Culture", "European Union", "World Trade Organization",
						"EU INOGATE energy programme", "USAID", "Peace Corps", "Islamic Emirate of Afghanistan",
						"Oguz Han Engineering Technology University", "Japan Bank for International Cooperation"),
				of("Company", "Bouygues", "Thales Alenia Space", "Deutsche Bank", "Commerzbank", "Siemens", "Claas",
						"Eni", "Kawasaki", "Sumitomo", "Petronas", "Hyundai", "LG", "Dragon Oil",
						"Emirates National Oil Company", "TAPI Pipeline Company", "Turkmenistan Airlines",
						"Turkmenistan Air"),
				of("Person", "Saparmurat Niyazov", "Gurbanguly Berdimuhamedow", "Fazal Muhammad Sabir"),
				of("Pipeline", "TAPI", "Central Asiaâ€“China gas pipeline", "Korpeje-Kurt Kui gas pipeline",
						"Pricaspiysky pipeline"),
				of("Dam", "Dousti", "Dostluk"), of("Field", "Serdar"), of("Corridor", "Lapis Lazuli"),
				of("Satellite", "Turkmen Sat", "TürkmenÄlem 52°E", "MonacoSAT"))
			.stream()
			.flatMap(List::stream)
			.toList();
	}

	private static List<Expected> of(String label, String... names) {
		return java.util.Arrays.stream(names).map((name) -> new Expected(label, name)).toList();
	}

	@ParameterizedTest
	@MethodSource("expectedEntities")
	void holdsEveryNamedEntityWithProvenance(Expected expected) {
		try (Session session = this.driver.session()) {
			List<org.neo4j.driver.Record> found = session.executeRead(
					(tx) -> tx
						.run("""
								MATCH (e:Entity) WHERE $label IN labels(e) AND (e.name = $name OR $name IN e.aliases)
								RETURN e.id AS id, e.revisions AS revisions""",
								java.util.Map.of("label", expected.label(), "name", expected.name()))
						.list());
			assertThat(found).as("one %s named %s", expected.label(), expected.name()).hasSize(1);
			assertThat(found.get(0).get("revisions").asList()).as("provenance of %s", expected.name()).isNotEmpty();
		}
	}

}
