package org.ejd.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * One ordered JVM shutdown for everything testkit and the local stack start: first what uses the
 * servers (services), then the servers themselves, so nothing hangs on a database that is already
 * gone. JVM shutdown hooks run in no defined order; this one runs them in two phases, each bounded,
 * so that a test fork exits well within Surefire's 30 seconds (the servers' data is thrown away
 * anyway, so they are stopped hard, not gracefully).
 */
public final class Shutdown {

	private static final List<AutoCloseable> users = new ArrayList<>();

	private static final List<AutoCloseable> servers = new ArrayList<>();

	private static boolean hooked;

	private Shutdown() {
	}

	/** Something that uses the servers: stopped first. */
	public static synchronized void beforeServers(AutoCloseable user) {
		hook();
		users.add(user);
	}

	static synchronized void server(AutoCloseable server) {
		hook();
		servers.add(server);
	}

	private static void hook() {
		if (!hooked) {
			Runtime.getRuntime().addShutdownHook(new Thread(Shutdown::run, "ejd-shutdown"));
			hooked = true;
		}
	}

	private static void run() {
		List<AutoCloseable> first;
		List<AutoCloseable> then;
		synchronized (Shutdown.class) {
			first = new ArrayList<>(users.reversed());
			then = new ArrayList<>(servers.reversed());
		}
		awaitSpringContexts();
		closeAll(first, USERS_GRACE_MILLIS);
		closeAll(then, SERVERS_GRACE_MILLIS);
	}

	/**
	 * Spring Boot closes the application contexts (the services under test) in a hook of its own,
	 * at the same time as this one. A Kafka consumer that loses its broker mid-close waits its full
	 * close timeout (30 s) for the group coordinator, and the test fork overstays Surefire's exit
	 * limit; so the servers wait for the contexts to close first.
	 */
	private static void awaitSpringContexts() {
		// the JVM starts its hooks one after another: Spring's may not be running yet
		long seen = System.nanoTime() + 500_000_000L;
		while (System.nanoTime() < seen) {
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread != Thread.currentThread() && "SpringApplicationShutdownHook".equals(thread.getName())) {
					try {
						thread.join(USERS_GRACE_MILLIS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return;
				}
			}
			Thread.onSpinWait();
		}
	}

	/** How long the services get to stop before the servers go. */
	private static final long USERS_GRACE_MILLIS = 8_000;

	/** How long the servers get; they are killed, so this is rarely reached. */
	private static final long SERVERS_GRACE_MILLIS = 5_000;

	private static void closeAll(List<AutoCloseable> closeables, long graceMillis) {
		List<Thread> threads = closeables.stream()
			.map(c -> Thread.ofPlatform().daemon().start(() -> {
				try {
					c.close();
				}
				catch (Exception ex) {
					// stopping anyway
				}
			}))
			.toList();
		long deadline = System.nanoTime() + graceMillis * 1_000_000;
		for (Thread thread : threads) {
			try {
				thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
