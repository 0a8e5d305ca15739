package tm.relations.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Wires the protections of the public endpoint: the request limits of
 * {@link GraphLimitsProperties}, the body-size filter, and the error policy (request id
 * in every error, nothing internal shown, infrastructure failures classified).
 */
@Configuration(proxyBeanMethods = false)
class HardeningConfiguration {

	/** Spring Boot adds every {@code Instrumentation} bean to the GraphQL engine. */
	@Bean
	QueryLimitsInstrumentation queryLimitsInstrumentation(GraphLimitsProperties limits,
			NormalizedOperations operations) {
		return new QueryLimitsInstrumentation(limits, operations);
	}

	/**
	 * Appended after the resolvers Spring Boot collects (the annotated
	 * {@code @GraphQlExceptionHandler}s among them), so feature handlers always win and
	 * this one only sees what they leave.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer unexpectedErrorResolverCustomizer(Environment environment) {
		UnexpectedErrorResolver resolver = new UnexpectedErrorResolver(timeout(environment));
		return (builder) -> builder.exceptionResolvers(List.of(resolver));
	}

	@Bean
	RequestErrorInterceptor requestErrorInterceptor(GraphLimitsProperties limits, Environment environment) {
		return new RequestErrorInterceptor(limits,
				environment.getProperty("spring.graphql.schema.introspection.enabled", Boolean.class, true),
				timeout(environment));
	}

	@Bean
	FilterRegistrationBean<GraphQlEndpointFilter> graphQlEndpointFilter(GraphLimitsProperties limits,
			Environment environment) {
		String path = environment.getProperty("spring.graphql.http.path", "/graphql");
		FilterRegistrationBean<GraphQlEndpointFilter> registration = new FilterRegistrationBean<>(
				new GraphQlEndpointFilter(path, limits.maxBodySize().toBytes(), corsEnabled(environment)));
		registration.addUrlPatterns(path);
		// Right after RequestIdFilter, so the refusal carries the request id.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	HttpErrorResolver graphQlHttpErrorResolver(Environment environment) {
		return new HttpErrorResolver(environment.getProperty("spring.graphql.http.path", "/graphql"));
	}

	/**
	 * A request to Spring Boot's error page address itself ({@code server.error.path}),
	 * rather than a forward to it, is answered as any unknown address (404); Spring Boot
	 * answered it with a 500 of status 999.
	 */
	@Bean
	FilterRegistrationBean<Filter> errorPathFilter(Environment environment) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response,
				chain) -> ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND));
		registration.addUrlPatterns(environment.getProperty("server.error.path", "/error"));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Tomcat's error report on the host replaced by {@link GraphQlErrorReportValve}, so
	 * that the errors Tomcat answers itself have the GraphQL error shape too. Runs after
	 * Spring Boot's customizer, which adds Tomcat's valve.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorReportValveCustomizer(Environment environment) {
		DataSize maxHeader = environment.getProperty("server.max-http-request-header-size", DataSize.class,
				DataSize.ofKilobytes(8));
		return new ErrorReportValveCustomizer(new GraphQlErrorReportValve(maxHeader.toBytes()));
	}

	/**
	 * Whether Spring Boot configures CORS for the endpoint: it does when
	 * {@code spring.graphql.cors} allows some origins (or origin patterns).
	 */
	private static boolean corsEnabled(Environment environment) {
		Binder binder = Binder.get(environment);
		Bindable<List<String>> list = Bindable.listOf(String.class);
		return !binder.bind("spring.graphql.cors.allowed-origins", list).orElse(List.of()).isEmpty()
				|| !binder.bind("spring.graphql.cors.allowed-origin-patterns", list).orElse(List.of()).isEmpty();
	}

	/**
	 * Puts the valve on the host in place of any other error report valve (Tomcat's,
	 * which Spring Boot adds); ordered last so that Spring Boot's valve is there to be
	 * replaced.
	 *
	 * @param valve the valve
	 */
	record ErrorReportValveCustomizer(GraphQlErrorReportValve valve)
			implements
				WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
				Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				StandardHost host = (StandardHost) context.getParent();
				for (Valve existing : host.getPipeline().getValves()) {
					if (existing instanceof ErrorReportValve) {
						host.getPipeline().removeValve(existing);
					}
				}
				// The host adds a valve of this class when it starts unless it has one.
				host.setErrorReportValveClass(GraphQlErrorReportValve.class.getName());
				host.getPipeline().addValve(this.valve);
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	private static String timeout(Environment environment) {
		Duration timeout = environment.getProperty("spring.transaction.default-timeout", Duration.class);
		return (timeout != null) ? timeout.toSeconds() + " s" : "the transaction timeout";
	}

}
