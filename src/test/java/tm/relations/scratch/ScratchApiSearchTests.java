package tm.relations.scratch;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import tm.relations.GraphApiTestSupport;

class ScratchApiSearchTests extends GraphApiTestSupport {

	@Test
	void print() {
		var tester = HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.codecs((c) -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build());
		var diff = tester
			.document(
					"""
							{ revisionDiff(from: R000, to: R002) { unchangedCount added { summary } removed { summary } changed { summary } }
							  facts(asOf: R002, first: 3) { totalCount edges { node { id summary } } }
							  search(text: "Turkmenistan", first: 8) { score matchedName node { id } }
							  s2: search(text: "central asia chi", first: 5) { score matchedName node { id } }
							  s3: search(text: "and or", first: 5) { score matchedName node { id } }
							}""")
			.execute()
			.returnResponse();
		for (int i = 0; i < 4; i++) {
			long t = System.nanoTime();
			tester.document("{ revisionDiff(from: R000, to: R002) { unchangedCount } }").execute();
			long d = System.nanoTime();
			tester.document("{ facts(asOf: R002, first: 5) { totalCount } }").execute();
			long f = System.nanoTime();
			tester.document("{ search(text: \"Dous\") { score } }").execute();
			long e = System.nanoTime();
			System.out.println("TIMING diff " + (d - t) / 1000000 + " facts " + (f - d) / 1000000 + " search "
					+ (e - f) / 1000000);
		}
	}

}
