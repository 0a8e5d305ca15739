package tm.relations.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver: {@code concurrency} virtual threads each send one request,
 * wait for its answer, and send the next, until the time is up or the request budget is
 * spent. Virtual threads because a blocked sender costs no platform thread: sixteen (or a
 * thousand) concurrent callers need no pool sizing, and the driver's own CPU cost, which
 * shares the machine with the service, stays small. Latency is measured per request from
 * send to the last byte of the answer read.
 */
final class LoadDriver {

	private LoadDriver() {
	}

	/** One request; returns the size of the answer in bytes, throws when it failed. */
	@FunctionalInterface
	interface Call {

		long run() throws Exception;

	}

	/**
	 * Runs {@code call} from {@code concurrency} callers for {@code duration}, at most
	 * {@code maxRequests} requests in all (each caller sends at least one).
	 */
	static Measurement run(Call call, int concurrency, Duration duration, long maxRequests) {
		AtomicLong budget = new AtomicLong(maxRequests);
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		List<Future<Worker>> futures = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < concurrency; i++) {
				futures.add(threads.submit(() -> {
					Worker worker = new Worker();
					do {
						long sent = System.nanoTime();
						try {
							long bytes = call.run();
							worker.record(System.nanoTime() - sent, bytes);
						}
						catch (Exception ex) {
							worker.fail(ex);
						}
					}
					while (System.nanoTime() < deadline && budget.decrementAndGet() > 0);
					return worker;
				}));
			}
			List<Worker> workers = new ArrayList<>();
			for (Future<Worker> future : futures) {
				workers.add(future.get());
			}
			long elapsed = System.nanoTime() - started;
			return Measurement.of(concurrency, elapsed, workers);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** What one caller saw. */
	static final class Worker {

		private long[] latencies = new long[1024];

		private int count;

		private long bytes;

		private long errors;

		private String firstError;

		void record(long nanos, long answerBytes) {
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = nanos;
			this.bytes += answerBytes;
		}

		void fail(Exception ex) {
			this.errors++;
			if (this.firstError == null) {
				this.firstError = String.valueOf(ex.getMessage());
			}
		}

	}

	/**
	 * The outcome of one run.
	 *
	 * @param concurrency callers
	 * @param elapsedNanos from the first request sent to the last answer read
	 * @param latencies latency of every successful request, sorted, in nanoseconds
	 * @param errors failed requests (transport error, HTTP status or GraphQL errors)
	 * @param bytes answer bytes of the successful requests
	 * @param firstError what the first failure said, null when none failed
	 * @param serviceCpuNanos CPU time the service's process used during the run, -1 when
	 * not known
	 * @param serviceThreads the service's CPU per request in milliseconds by kind of
	 * thread ({@link ThreadCpu}), empty when not known
	 * @param gcPauses the service's garbage-collection pauses during the run, null when
	 * not known
	 * @param cacheGets the gets of the service's caches during the run, null when not
	 * known
	 */
	record Measurement(int concurrency, long elapsedNanos, long[] latencies, long errors, long bytes, String firstError,
			long serviceCpuNanos, Map<String, Double> serviceThreads, GcPauses gcPauses, CacheGets cacheGets) {

		static Measurement of(int concurrency, long elapsedNanos, List<Worker> workers) {
			long[] all = workers.stream()
				.flatMapToLong((worker) -> Arrays.stream(worker.latencies, 0, worker.count))
				.sorted()
				.toArray();
			return new Measurement(concurrency, elapsedNanos, all,
					workers.stream().mapToLong((worker) -> worker.errors).sum(),
					workers.stream().mapToLong((worker) -> worker.bytes).sum(),
					workers.stream()
						.map((worker) -> worker.firstError)
						.filter(java.util.Objects::nonNull)
						.findFirst()
						.orElse(null),
					-1, Map.of(), null, null);
		}

		/**
		 * This measurement with the service's CPU time during it, in all and by thread.
		 */
		Measurement withServiceCpu(long nanos, Map<String, Double> threads) {
			return new Measurement(this.concurrency, this.elapsedNanos, this.latencies, this.errors, this.bytes,
					this.firstError, nanos, threads, this.gcPauses, this.cacheGets);
		}

		/** This measurement with the service's garbage-collection pauses during it. */
		Measurement withGcPauses(GcPauses pauses) {
			return new Measurement(this.concurrency, this.elapsedNanos, this.latencies, this.errors, this.bytes,
					this.firstError, this.serviceCpuNanos, this.serviceThreads, pauses, this.cacheGets);
		}

		/** This measurement with the gets of the service's caches during it. */
		Measurement withCacheGets(CacheGets gets) {
			return new Measurement(this.concurrency, this.elapsedNanos, this.latencies, this.errors, this.bytes,
					this.firstError, this.serviceCpuNanos, this.serviceThreads, this.gcPauses, gets);
		}

		/**
		 * The share of a cache's gets during the measurement that hit, in percent
		 * ({@link CacheGets#hitPercent}); NaN when not known or none.
		 */
		double cacheHitPercent(String cache) {
			return (this.cacheGets == null) ? Double.NaN : this.cacheGets.hitPercent(cache);
		}

		/**
		 * The share of the measurement the service was paused by its garbage collector,
		 * in percent ({@link GcPauses#pausedPercent()}); NaN when not known.
		 */
		double gcPausedPercent() {
			return (this.gcPauses == null) ? Double.NaN : this.gcPauses.pausedPercent();
		}

		/**
		 * The mean garbage-collection pause in milliseconds; NaN when none or not known.
		 */
		double gcMeanPauseMillis() {
			return (this.gcPauses == null || this.gcPauses.count() == 0) ? Double.NaN
					: this.gcPauses.nanos() / 1e6 / this.gcPauses.count();
		}

		/**
		 * The service process's CPU time per request (failed ones included) in
		 * milliseconds; NaN when not known.
		 */
		double serviceCpuMillisPerRequest() {
			return (this.serviceCpuNanos < 0 || sent() == 0) ? Double.NaN : this.serviceCpuNanos / 1e6 / sent();
		}

		/** Requests sent, failed ones included. */
		long sent() {
			return this.latencies.length + this.errors;
		}

		/** Successful requests. */
		long requests() {
			return this.latencies.length;
		}

		/** Successful requests per second. */
		double throughput() {
			return (this.elapsedNanos == 0) ? 0 : this.latencies.length * 1e9 / this.elapsedNanos;
		}

		/**
		 * The latency below which {@code percent} of the requests fall, in milliseconds.
		 */
		double percentileMillis(double percent) {
			if (this.latencies.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percent / 100 * this.latencies.length) - 1;
			return this.latencies[Math.max(0, Math.min(this.latencies.length - 1, index))] / 1e6;
		}

		/** Mean answer size in bytes. */
		double meanBytes() {
			return (this.latencies.length == 0) ? 0 : (double) this.bytes / this.latencies.length;
		}

	}

}
