package org.ejd.identity.access;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many attempts one key (a client address, a portal and login) may make per window: fixed
 * windows, in memory. It only slows guessing down; the durable protections are elsewhere (the
 * per-code lock in the database, Keycloak's brute-force detection). Per instance: with N replicas
 * a key gets at most N times the limit.
 */
public final class AttemptWindows {

	private static final int MAX_KEYS = 100_000;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final int limit;

	private final long windowMillis;

	private final Clock clock;

	public AttemptWindows(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	/** Counts an attempt of the key; false if it is one too many for the current window. */
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		if (windows.size() > MAX_KEYS) {
			windows.values().removeIf(w -> now - w.start() >= windowMillis);
		}
		Window window = windows.compute(key, (k, old) -> old == null || now - old.start() >= windowMillis || now < old.start()
				? new Window(now, 1) : new Window(old.start(), old.count() + 1));
		return window.count() <= limit;
	}

	private record Window(long start, int count) {
	}
}
