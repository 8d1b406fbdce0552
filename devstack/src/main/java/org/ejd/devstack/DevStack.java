package org.ejd.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.ejd.testkit.ServerJvm;
import org.ejd.testkit.Shutdown;

/**
 * The README's run command ends here: real PostgreSQL, Kafka, Keycloak and SMTP from
 * Maven-delivered artifacts, the five services and the gateway each in its own JVM, one school
 * of demo data, and the addresses and logins printed. Ctrl-C stops everything it started.
 */
public final class DevStack {

	private DevStack() {
	}

	/** What the SMTP server and the SMPP simulator received, as readable logs. */
	private static SentMessages SENT;

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Path root = buildSettings();
		productionServers();
		Path logs = root.resolve(".ejd/logs");
		SENT = SentMessages.start(logs);
		System.out.println("eJD: starting PostgreSQL, Kafka, Keycloak, SMTP and six services (logs: " + logs + ") ...");
		Stack stack;
		try {
			stack = Stack.start(Stack.Mode.FORKED, logs);
		}
		catch (RuntimeException ex) {
			System.err.println("eJD: the stack did not start: " + ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Shutdown.beforeServers(() -> {
			System.out.println("\neJD: stopping ...");
			stack.close();
			stopped.countDown();
		});
		Duration up = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("eJD: services up in " + up.toSeconds() + " s; loading demo data ...");
		DemoData demo;
		AccessControl.Binding turnstile;
		try {
			demo = DemoData.load(stack.gatewayUrl());
			turnstile = AccessControl.bindTo(demo.schoolId);
			System.out.println("eJD: basic data in; entering a quarter of lessons, attendance and marks ...");
			demo.loadQuarter();
		}
		catch (RuntimeException ex) {
			System.err.println("eJD: demo data could not be loaded: " + ex.getMessage() + " (logs: " + logs + ")");
			System.exit(1);
			return;
		}
		Duration ready = Duration.ofNanos(System.nanoTime() - start);
		print(stack, demo, turnstile, ready);
		stopped.await();
	}

	/** A fixed PKCE pair for the printed portal login (a demo has nothing to protect with it). */
	static final String DEMO_VERIFIER = "ejd-demo-portal-login-verifier-0123456789abcdef";

	static final String DEMO_CHALLENGE = challenge(DEMO_VERIFIER);

	static String challenge(String verifier) {
		try {
			return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
					java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void print(Stack stack, DemoData demo, AccessControl.Binding turnstile, Duration ready) {
		System.out.println(ReadyReport.of(stack, demo, turnstile, ready, SENT));
	}

	/**
	 * The local stack and the performance run start Kafka and Keycloak as a small region runs them (production JIT, sized
	 * heaps: {@link ServerJvm#PRODUCTION}, ADR 0069) unless {@code -Dejd.servers.jvm} says otherwise; tests keep testkit's
	 * fast start.
	 */
	public static void productionServers() {
		if (System.getProperty(ServerJvm.PROPERTY) == null) {
			ServerJvm.use(ServerJvm.PRODUCTION);
		}
	}

	/** Reads what the build wrote (local Maven repository, realm file) into system properties; returns the repo root. */
	public static Path buildSettings() throws IOException {
		Properties build = new Properties();
		try (InputStream in = DevStack.class.getResourceAsStream("/devstack-build.properties")) {
			if (in != null) {
				build.load(in);
			}
		}
		for (Map.Entry<Object, Object> entry : build.entrySet()) {
			String key = entry.getKey().toString();
			if (key.startsWith("ejd.") && System.getProperty(key) == null) {
				System.setProperty(key, entry.getValue().toString());
			}
		}
		return Path.of(build.getProperty("root.dir", ".")).toAbsolutePath().normalize();
	}
}
