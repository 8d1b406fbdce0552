package org.ejd.diary.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks, every {@code ejd.diary.status.check-every}, what the diary depends on: the services its events come from
 * (their readiness probes), Kafka (and how far the diary's consumers are behind it) and its own database. Requests
 * read the last {@link Check}, so a dependency that hangs never holds a family's request (docs/adr/0038).
 *
 * <p>The diary is <em>stale</em> while Kafka does not answer or its consumers are behind, once that has lasted
 * {@code stale-after}: its answers then carry {@code Ejd-Data-Stale} with the seconds since it was last caught up.
 */
@Component
@EnableScheduling
class DependencyWatch {

	private static final Logger log = LoggerFactory.getLogger(DependencyWatch.class);

	/** The services whose events the diary shows, in the order the status lists them. */
	static final List<String> SERVICES = List.of("journal", "identity", "consent");

	private final StatusProperties properties;

	private final ConsumerLag lag;

	private final JdbcClient jdbc;

	private final MaintenanceNotices notices;

	private final SchoolTime time;

	private final HttpClient http;

	/** System.nanoTime of the last check that found the broker answering and no event waiting. */
	private volatile long caughtUpNanos = System.nanoTime();

	private volatile Check last;

	DependencyWatch(StatusProperties properties, ConsumerLag lag, JdbcClient jdbc, MaintenanceNotices notices, SchoolTime time) {
		this.properties = properties;
		this.lag = lag;
		this.jdbc = jdbc;
		this.notices = notices;
		this.time = time;
		this.http = HttpClient.newBuilder().connectTimeout(properties.probeTimeout()).build();
		Map<String, DependencyState> unknown = new LinkedHashMap<>();
		SERVICES.forEach(name -> unknown.put(name, DependencyState.UNKNOWN));
		unknown.put("kafka", DependencyState.UNKNOWN);
		unknown.put("database", DependencyState.UNKNOWN);
		this.last = new Check(unknown, Map.of(), null, null, time.now());
	}

	/** The last check. */
	Check last() {
		return last;
	}

	/** Seconds the diary has been behind its events, when that has lasted {@code stale-after}; empty when it is not. */
	Optional<Long> staleSeconds() {
		Duration stale = last.stale();
		return stale == null ? Optional.empty() : Optional.of(stale.toSeconds());
	}

	/** A notice was set or withdrawn through this instance: shown at once (the others read it at their next check). */
	void maintenanceChanged(@Nullable MaintenanceNotice notice) {
		Check was = last;
		last = new Check(was.dependencies(), was.consumerLag(), was.stale(), notice, was.checkedAt());
	}

	@Scheduled(fixedDelayString = "${ejd.diary.status.check-every:PT5S}", initialDelayString = "PT1S")
	synchronized void check() {
		try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
			Map<String, Future<DependencyState>> services = new LinkedHashMap<>();
			for (String name : SERVICES) {
				URI readiness = properties.services().get(name);
				services.put(name, probes.submit(() -> readiness == null ? DependencyState.UNKNOWN : probe(readiness)));
			}
			Future<Optional<Map<String, Long>>> kafka = probes.submit(lag::perTopicIfReachable);
			Future<Optional<Optional<MaintenanceNotice>>> database = probes.submit(this::readDatabase);

			Map<String, DependencyState> states = new LinkedHashMap<>();
			services.forEach((name, state) -> states.put(name, result(state, DependencyState.DOWN)));
			Optional<Map<String, Long>> lags = result(kafka, Optional.empty());
			Optional<Optional<MaintenanceNotice>> read = result(database, Optional.empty());

			long now = System.nanoTime();
			boolean caughtUp = lags.isPresent() && lags.get().values().stream().allMatch(behind -> behind == 0);
			if (caughtUp) {
				caughtUpNanos = now;
			}
			Duration behind = Duration.ofNanos(now - caughtUpNanos);
			boolean stale = !caughtUp && behind.compareTo(properties.staleAfter()) >= 0;
			states.put("kafka", lags.isEmpty() ? DependencyState.DOWN : stale ? DependencyState.DEGRADED : DependencyState.UP);
			states.put("database", read.isPresent() ? DependencyState.UP : DependencyState.DOWN);

			MaintenanceNotice notice = read.map(found -> found.orElse(null)).orElseGet(() -> last.maintenance());
			last = new Check(states, lags.orElse(Map.of()), stale ? behind : null, notice, time.now());
		}
		catch (RuntimeException ex) {
			log.warn("Status check failed: {}", ex.toString());
		}
	}

	private DependencyState probe(URI readiness) {
		try {
			HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(readiness).timeout(properties.probeTimeout()).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return answer.statusCode() / 100 == 2 ? DependencyState.UP : DependencyState.DEGRADED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return DependencyState.DOWN;
		}
		catch (java.io.IOException ex) {
			return DependencyState.DOWN;
		}
	}

	/** The notice, read from the database: empty when the database does not answer. */
	private Optional<Optional<MaintenanceNotice>> readDatabase() {
		try {
			return Optional.of(notices.current());
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private <T> T result(Future<T> future, T failed) {
		try {
			return future.get(properties.probeTimeout().multipliedBy(6).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed;
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			future.cancel(true);
			return failed;
		}
	}

	/**
	 * @param dependencies state per dependency: journal, identity, consent, kafka, database
	 * @param consumerLag events each topic still holds for the diary (empty when Kafka did not answer)
	 * @param stale how long the diary has been behind, once over {@code stale-after}; null when it is not
	 * @param maintenance the notice in the database (the last one read while the database is down)
	 */
	record Check(Map<String, DependencyState> dependencies, Map<String, Long> consumerLag, @Nullable Duration stale,
			@Nullable MaintenanceNotice maintenance, Instant checkedAt) {
	}
}
