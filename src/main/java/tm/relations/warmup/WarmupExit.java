package tm.relations.warmup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stops the application after the warm-up when {@code graph.warmup.exit-when-done} is
 * set: the training run of the JVM's AOT cache then records the classes and profiles of
 * answering questions as well as those of starting. Spring Boot's own
 * {@code spring.context.exit=onRefresh} stops before any runner, so a cache trained with
 * it knew nothing of graphql-java's execution or of planning the questions' statements
 * (measured: the first answer about 0.6 s and readiness 2 to 5 s later than with this,
 * three starts each; docs/performance.md, fourteenth round).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmupExit implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmupExit.class);

	private final ConfigurableApplicationContext context;

	private final WarmupProperties properties;

	WarmupExit(ConfigurableApplicationContext context, WarmupProperties properties) {
		this.context = context;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.properties.exitWhenDone()) {
			log.info("Warm-up done: stopping, as graph.warmup.exit-when-done asks");
			System.exit(SpringApplication.exit(this.context));
		}
	}

}
