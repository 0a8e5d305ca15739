package tm.relations;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request the service has answered is garbage: nothing keeps it reachable. Under load
 * everything a request still reaches (its execution context, data loaders, nodes) is
 * copied by every young collection while it lives, so a request kept for a second at 300
 * requests a second is 300 requests' worth of pauses. The Neo4j driver (6.1) keeps every
 * connection it hands out reachable from a timer of the acquisition timeout that it never
 * cancels, and the connection's in-use observation has the request's observation as its
 * parent; {@code application.yaml} turns that one observation off (docs/performance.md,
 * fifth round). The test follows the requests' own observation contexts with weak
 * references, well inside the acquisition timeout.
 */
class FinishedRequestsTests extends GraphApiTestSupport {

	private static final RequestLog log = new RequestLog();

	@Autowired
	private ObservationRegistry observations;

	@BeforeEach
	void instrument() {
		observeOnce(this.observations, log);
	}

	@Test
	void anAnsweredRequestIsNotKeptReachable() throws Exception {
		ExampleQuery nestedCountry = ExampleQuery.load("q01-country.graphql");
		List<WeakReference<Observation.Context>> requests = log.record(() -> {
			for (int i = 0; i < 5; i++) {
				nestedCountry.execute(this.graphQl).errors().verify().path("country.name").hasValue();
			}
		});
		assertThat(requests).as("the requests' observations").hasSize(5);
		// Well under the driver's acquisition timeout (5 s in application.yaml), so that
		// a timer holding the request would still hold it.
		for (int attempt = 0; attempt < 5
				&& requests.stream().anyMatch((request) -> request.get() != null); attempt++) {
			System.gc();
			Thread.sleep(20);
		}
		assertThat(requests).as("requests still reachable after their answers and a full collection")
			.allMatch((request) -> request.get() == null);
	}

	/** Weak references to the HTTP requests' observation contexts while recording. */
	static final class RequestLog implements ObservationHandler<ServerRequestObservationContext> {

		private volatile List<WeakReference<Observation.Context>> current;

		List<WeakReference<Observation.Context>> record(Runnable requests) {
			List<WeakReference<Observation.Context>> recording = new CopyOnWriteArrayList<>();
			this.current = recording;
			try {
				requests.run();
			}
			finally {
				this.current = null;
			}
			return recording;
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof ServerRequestObservationContext;
		}

		@Override
		public void onStart(ServerRequestObservationContext context) {
			List<WeakReference<Observation.Context>> recording = this.current;
			if (recording != null && context.getCarrier().getRequestURI().endsWith("/graphql")) {
				recording.add(new WeakReference<>(context));
			}
		}

	}

}
