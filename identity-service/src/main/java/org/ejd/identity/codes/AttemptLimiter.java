package org.ejd.identity.codes;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import org.ejd.identity.IdentityClock;
import org.springframework.stereotype.Component;

/**
 * How many activation attempts one client may make per window (fixed windows, in memory). The
 * durable protection is the per-code lock in the database; this keeps one client from trying
 * many codes quickly. Per instance: with N replicas a client gets at most N times the limit.
 */
@Component
class AttemptLimiter {

	private static final int MAX_CLIENTS = 100_000;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final int limit;

	private final long windowMillis;

	private final Clock clock;

	AttemptLimiter(ActivationProperties properties, @IdentityClock Clock clock) {
		this.limit = properties.attemptsPerWindow();
		this.windowMillis = properties.window().toMillis();
		this.clock = clock;
	}

	/** Counts an attempt of the client; false if it is one too many for the current window. */
	boolean tryAcquire(String client) {
		long now = clock.millis();
		if (windows.size() > MAX_CLIENTS) {
			windows.values().removeIf(w -> now - w.start() >= windowMillis);
		}
		Window window = windows.compute(client, (key, old) -> old == null || now - old.start() >= windowMillis || now < old.start()
				? new Window(now, 1) : new Window(old.start(), old.count() + 1));
		return window.count() <= limit;
	}

	private record Window(long start, int count) {
	}
}
