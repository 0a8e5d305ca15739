package tm.relations.warmup;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.test.web.reactive.server.WebTestClient;

import tm.relations.GraphApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up after start, in the shared test context (it runs there as in production):
 * it found every example question and each answered without errors, before the context
 * was ready; readiness is UP once it is done.
 */
class StartupWarmupTests extends GraphApiTestSupport {

	@Autowired
	private StartupWarmup warmup;

	@Test
	void ranEveryExampleQuestionWithoutErrorsBeforeTheServiceWasReady() {
		StartupWarmup.WarmupReport report = this.warmup.report();
		assertThat(report).as("the warm-up ran while the context started").isNotNull();
		assertThat(report.documents()).as("the ten example questions of graphql/examples/").isEqualTo(10);
		assertThat(report.failed()).isZero();
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Autowired
	private ExecutionGraphQlService graphQl;

	@Autowired
	private ResourcePatternResolver resources;

	@Test
	void countsADocumentAnsweredWithErrorsAsFailedAndGoesOn() throws Exception {
		StartupWarmup broken = new StartupWarmup(this.graphQl, this.resources,
				new WarmupProperties(true, "classpath*:warmup-broken/*.graphql", Duration.ofSeconds(30), false));
		broken.run(null);
		assertThat(broken.report().documents()).isEqualTo(1);
		assertThat(broken.report().failed()).isEqualTo(1);
	}

	@Test
	void stopsBeforeTheNextDocumentOnceTheApplicationIsClosing() throws Exception {
		StartupWarmup closing = new StartupWarmup(this.graphQl, this.resources,
				new WarmupProperties(true, "classpath*:warmup-broken/*.graphql", Duration.ofSeconds(30), false));
		closing.closing();
		closing.run(null);
		assertThat(closing.report().documents()).isEqualTo(1);
		assertThat(closing.report().failed()).as("not run, so not failed").isZero();
	}

	@Test
	void readsTheVariablesOfTheLeadingCommentLine() {
		assertThat(ExampleDocument.of("# variables: {\"name\": \"Japan\", \"first\": 2}\nquery { x }").variables())
			.isEqualTo(Map.of("name", "Japan", "first", 2));
		assertThat(ExampleDocument.of("query { x }").variables()).isEmpty();
	}

}
