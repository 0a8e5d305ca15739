package tm.relations.warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs the example questions ({@code graphql/examples/}) once through the GraphQL engine
 * after start. In a cold JVM Neo4j takes seconds to plan the larger statements (7 s for
 * the nested country question on two cores, 75 ms once planned), and a burst of first
 * requests plans them side by side: sixteen at once ran into the transaction timeout. An
 * {@link ApplicationRunner}, so it runs after the load scripts and before Spring Boot
 * reports the application ready: the server answers meanwhile, and
 * {@code /actuator/health/readiness} turns UP once the plans are cached. A document that
 * fails is logged and skipped; the warm-up never stops the start.
 */
@Component
@ConditionalOnBooleanProperty(name = "graph.warmup.enabled", matchIfMissing = true)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class StartupWarmup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupWarmup.class);

	private final ExecutionGraphQlService graphQl;

	private final ResourcePatternResolver resources;

	private final WarmupProperties properties;

	private volatile WarmupReport report;

	private volatile boolean closing;

	StartupWarmup(ExecutionGraphQlService graphQl, ResourcePatternResolver resources, WarmupProperties properties) {
		this.graphQl = graphQl;
		this.resources = resources;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		long started = System.nanoTime();
		List<Resource> documents = Arrays.stream(this.resources.getResources(this.properties.documents()))
			.sorted(Comparator.comparing(Resource::getDescription))
			.toList();
		int failed = 0;
		for (Resource document : documents) {
			if (this.closing) {
				log.info("Warm-up: stopped, the application is shutting down");
				break;
			}
			if (!run(document)) {
				failed++;
			}
		}
		this.report = new WarmupReport(documents.size(), failed, Duration.ofNanos(System.nanoTime() - started));
		log.info("Warm-up: {} documents run in {} ms ({} failed)", this.report.documents(),
				this.report.took().toMillis(), this.report.failed());
	}

	/**
	 * A shutdown during the warm-up (a replica stopped as soon as it started) stops it
	 * before the next document, instead of running the rest against a closing database.
	 */
	@EventListener(ContextClosedEvent.class)
	void closing() {
		this.closing = true;
	}

	/** What the warm-up did; null before it ran. */
	WarmupReport report() {
		return this.report;
	}

	/**
	 * What a warm-up did.
	 *
	 * @param documents documents found
	 * @param failed documents that could not be read or answered with errors
	 * @param took how long it took
	 */
	record WarmupReport(int documents, int failed, Duration took) {
	}

	/** Runs one document; false when it could not be read or answered with errors. */
	private boolean run(Resource resource) {
		try {
			ExampleDocument example = ExampleDocument.of(resource.getContentAsString(StandardCharsets.UTF_8));
			DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(example.document(), null,
					example.variables(), Map.of(), "warm-up " + resource.getFilename(), Locale.ROOT);
			ExecutionGraphQlResponse response = this.graphQl.execute(request).block(this.properties.timeout());
			if (response == null || !response.getErrors().isEmpty()) {
				log.warn("Warm-up: {} answered with errors: {}", resource.getFilename(),
						(response != null) ? response.getErrors() : "no answer");
				return false;
			}
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Warm-up: {} failed: {}", resource.getFilename(), ex.toString());
			return false;
		}
	}

}
