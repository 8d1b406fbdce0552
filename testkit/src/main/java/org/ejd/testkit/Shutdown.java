package org.ejd.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * One ordered JVM shutdown for everything testkit and the local stack start: first what uses the
 * servers (services), then the servers themselves, so nothing hangs on a database that is already
 * gone. JVM shutdown hooks run in no defined order; this one runs them in two phases.
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
		closeAll(first);
		closeAll(then);
	}

	private static void closeAll(List<AutoCloseable> closeables) {
		List<Thread> threads = closeables.stream()
			.map(c -> Thread.ofPlatform().start(() -> {
				try {
					c.close();
				}
				catch (Exception ex) {
					// stopping anyway
				}
			}))
			.toList();
		for (Thread thread : threads) {
			try {
				thread.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
