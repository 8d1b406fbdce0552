package org.ejd.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.ejd.testkit.RealServers;
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
		String gateway = stack.gatewayUrl();
		StringBuilder out = new StringBuilder();
		out.append("\n================ eJD is running (ready in ").append(ready.toSeconds()).append(" s) ================\n");
		out.append("Gateway (API):   ").append(gateway).append("/api/...\n");
		out.append("Swagger UI:      ").append(gateway).append("/swagger-ui.html\n");
		out.append("Diary page:      ").append(gateway).append("/diary/  (sign in as ivanova / ").append(DemoData.PASSWORD)
			.append(", the demo mother; ADR 0049)\n");
		out.append("Gateway health:  http://localhost:").append(stack.managementPort(ServiceSpec.GATEWAY.name()))
			.append("/actuator/health  (actuator on each service's management port, below; docs/operations.md)\n");
		out.append("Status (public): ").append(gateway).append("/api/status  (dependencies, freshness, maintenance notice; ADR 0038)\n");
		out.append("Traces (OTLP):   ").append(tracesTo()).append("\n");
		out.append("Keycloak:        ").append(RealServers.keycloak().url()).append("  (admin console: admin / admin)\n");
		out.append("Token endpoint:  ").append(RealServers.keycloak().tokenUri()).append("\n");
		out.append("Portal client:   ejd-portal / ").append(RealServers.keycloak().portalSecret())
			.append("  (this run's secret: every client secret is made anew by ./run)\n");
		out.append("OneRoster:       ejd-oneroster / ").append(RealServers.keycloak().oneRosterSecret())
			.append("  (region 51; ").append(gateway).append("/ims/oneroster/rostering/v1p2/...)\n");
		out.append("Access control:  ").append(AccessControl.CLIENT_ID).append(" / ").append(turnstile.secret())
			.append("  (the demo school's turnstiles, school ").append(turnstile.schoolId()).append("; ADR 0040)\n");
		out.append("Kafka:           ").append(RealServers.kafka().bootstrapServers());
		if (RealServers.kafka().secured()) {
			// each service is its own SCRAM user; command-line tools use the super user (docs/adr/0050)
			out.append("  (SASL_PLAINTEXT, SCRAM-SHA-512; tools: ").append(org.ejd.testkit.KafkaAcls.SUPER_USER).append(" / ")
				.append(RealServers.kafka().password(org.ejd.testkit.KafkaAcls.SUPER_USER)).append(")");
		}
		out.append("\n");
		out.append("PostgreSQL:      localhost:").append(RealServers.postgres().port()).append("  (postgres / postgres)\n");
		out.append("SMTP (catcher):  localhost:").append(RealServers.smtp().port()).append("\n");
		out.append("SMPP (SMSC sim): localhost:").append(RealServers.smpp().port()).append("  (system id ")
			.append(org.ejd.testkit.SmppServer.SYSTEM_ID).append(")\n");
		out.append("Sent mail:       tail -f ").append(SENT.mailLog()).append("\n");
		out.append("Sent SMS:        tail -f ").append(SENT.smsLog()).append("\n");
		out.append("\nDemo logins (password for all: ").append(DemoData.PASSWORD).append("):\n");
		demo.logins().forEach((login, role) -> out.append(String.format("  %-10s %s%n", login, role)));
		out.append("\nServices (port, resident memory, metrics for Prometheus on the management port):\n");
		stack.pids().forEach((name, pid) -> out.append(String.format("  %-22s %5d  %-9s http://localhost:%d/actuator/prometheus%n",
				name, stack.port(name), rss(pid), stack.managementPort(name))));
		out.append("\nTry it (the guardian reads her son's marks):\n");
		out.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=ejd-cli -d username=ivanova -d password=")
			.append(DemoData.PASSWORD).append(" ").append(RealServers.keycloak().tokenUri())
			.append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
		out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/diary/me/students\n");
		out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/diary/students/")
			.append(demo.people.get("ivanov")).append("/marks\n");
		out.append("\nThe school's turnstile posts an arrival; the mother sees it in the diary (D14):\n");
		out.append("  AC=$(curl -s -d grant_type=client_credentials -d client_id=").append(AccessControl.CLIENT_ID)
			.append(" -d client_secret=").append(turnstile.secret()).append(" ").append(RealServers.keycloak().tokenUri())
			.append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
		out.append("  curl -s -H \"Authorization: Bearer $AC\" -H 'Content-Type: application/json' ").append(gateway)
			.append("/api/journal/schools/").append(turnstile.schoolId()).append("/passes -d '{\"passes\":[{\"passId\":\"t1-0001\",\"studentId\":\"")
			.append(demo.people.get("ivanov")).append("\",\"direction\":\"entry\",\"at\":\"'$(date -u +%Y-%m-%dT%H:%M:%SZ)'\",")
			.append("\"point\":\"Главный вход\"}]}'\n");
		out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/diary/students/")
			.append(demo.people.get("ivanov")).append("/presence\n");
		out.append("\nFrom the regional portal (A7; demo portal user ").append(DemoData.PORTAL_LOGIN).append(" / ")
			.append(DemoData.PORTAL_PASSWORD).append(", linked to guardian petrov by SNILS):\n");
		out.append("  open in a browser ").append(RealServers.keycloak().issuerUri())
			.append("/protocol/openid-connect/auth?client_id=ejd-web&response_type=code&scope=openid")
			.append("&redirect_uri=http://localhost/ejd-callback&kc_idp_hint=regional-portal")
			.append("&code_challenge_method=S256&code_challenge=").append(DEMO_CHALLENGE).append("\n");
		out.append("  sign in at the portal; the browser lands on http://localhost/ejd-callback?...&code=CODE (no page there), then\n");
		out.append("  curl -s -d grant_type=authorization_code -d client_id=ejd-web -d redirect_uri=http://localhost/ejd-callback")
			.append(" -d code_verifier=").append(DEMO_VERIFIER).append(" -d code=CODE ").append(RealServers.keycloak().tokenUri()).append("\n");
		out.append("\nCtrl-C stops everything.\n");
		System.out.println(out);
	}

	/**
	 * Where the services send their spans: the OTLP endpoint the environment or a system property names, or "off" (every
	 * request still gets a trace id in its log lines and problems; docs/operations.md).
	 */
	static String tracesTo() {
		return tracesTo(System.getenv("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"));
	}

	static String tracesTo(@org.jspecify.annotations.Nullable String endpoint) {
		return endpoint == null || endpoint.isBlank()
				? "off (set MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT, e.g. http://localhost:4318/v1/traces, and run again)"
				: endpoint + "  (sampling 1.0 in the demo)";
	}

	/** Resident memory of a process, from /proc (Linux). */
	static String rss(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					long kb = Long.parseLong(line.replaceAll("\\D", ""));
					return (kb / 1024) + " MiB";
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not on Linux, or the process is gone
		}
		return "?";
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
