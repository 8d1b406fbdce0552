package org.ejd.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.ejd.testkit.KafkaAcls;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;
import org.jspecify.annotations.Nullable;

/**
 * What {@code ./run} prints once the stack is ready (issue 18): where the API, Keycloak's realm, Kafka, PostgreSQL and the
 * message catchers are, the demo's logins and this run's demo secrets, and per service where an operator finds it: its
 * API port, its health and Prometheus metrics on its management port (never routed by the gateway) and where its spans
 * go. Built from a running {@link Stack}, so a test reads the same lines from the stack it already has.
 */
final class ReadyReport {

	private ReadyReport() {
	}

	/**
	 * @param sent the mail and SMS logs {@code ./run} writes; null leaves their lines out
	 */
	static String of(Stack stack, DemoData demo, AccessControl.Binding turnstile, Duration ready, @Nullable SentMessages sent) {
		String gateway = stack.gatewayUrl();
		StringBuilder out = new StringBuilder();
		out.append("\n================ eJD is running (ready in ").append(ready.toSeconds()).append(" s) ================\n");
		out.append("Gateway (API):   ").append(gateway).append("/api/...\n");
		out.append("Swagger UI:      ").append(gateway).append("/swagger-ui.html\n");
		out.append("Diary page:      ").append(gateway).append("/diary/  (sign in as ivanova / ").append(DemoData.PASSWORD)
			.append(", the demo mother; ADR 0049)\n");
		out.append("Gateway health:  ").append(health(stack, ServiceSpec.GATEWAY.name()))
			.append("  (actuator on each service's management port, below; docs/operations.md)\n");
		out.append("Status (public): ").append(gateway).append("/api/status  (dependencies, freshness, maintenance notice; ADR 0038)\n");
		out.append("Metrics:         each service's management port, below: /actuator/prometheus (dashboard and alerts: ")
			.append("infra/observability)\n");
		out.append("Traces (OTLP):   ").append(tracesTo(stack.tracesEndpoint().orElse(null))).append("\n");
		out.append("Keycloak:        ").append(RealServers.keycloak().url()).append("  (admin console: admin / admin)\n");
		out.append("Realm (issuer):  ").append(RealServers.keycloak().issuerUri()).append("\n");
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
			out.append("  (SASL_PLAINTEXT, ").append(KafkaAcls.MECHANISM).append("; tools: ").append(KafkaAcls.SUPER_USER)
				.append(" / ").append(RealServers.kafka().password(KafkaAcls.SUPER_USER)).append(")");
		}
		out.append("\n");
		out.append("PostgreSQL:      localhost:").append(RealServers.postgres().port()).append("  (postgres / postgres)\n");
		out.append("SMTP (catcher):  localhost:").append(RealServers.smtp().port()).append("\n");
		out.append("SMPP (SMSC sim): localhost:").append(RealServers.smpp().port()).append("  (system id ")
			.append(SmppServer.SYSTEM_ID).append(")\n");
		if (sent != null) {
			out.append("Sent mail:       tail -f ").append(sent.mailLog()).append("\n");
			out.append("Sent SMS:        tail -f ").append(sent.smsLog()).append("\n");
		}
		out.append("\nDemo logins (password for all: ").append(DemoData.PASSWORD).append("):\n");
		demo.logins().forEach((login, role) -> out.append(String.format("  %-10s %s%n", login, role)));
		out.append("\nServices (API port, resident memory; health, Prometheus metrics on the management port; where spans go):\n");
		for (String service : stack.services()) {
			Long pid = stack.pids().get(service);
			out.append(String.format("  %-22s %5d  %-10s health %s  metrics %s  traces %s%n", service, stack.port(service),
					pid == null ? "in-process" : rss(pid), health(stack, service), metrics(stack, service),
					stack.tracesEndpoint().map(endpoint -> endpoint + " (service.name " + service + ")").orElse("off")));
		}
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
			.append("&code_challenge_method=S256&code_challenge=").append(DevStack.DEMO_CHALLENGE).append("\n");
		out.append("  sign in at the portal; the browser lands on http://localhost/ejd-callback?...&code=CODE (no page there), then\n");
		out.append("  curl -s -d grant_type=authorization_code -d client_id=ejd-web -d redirect_uri=http://localhost/ejd-callback")
			.append(" -d code_verifier=").append(DevStack.DEMO_VERIFIER).append(" -d code=CODE ").append(RealServers.keycloak().tokenUri())
			.append("\n");
		out.append("\nCtrl-C stops everything.\n");
		return out.toString();
	}

	private static String health(Stack stack, String service) {
		return "http://localhost:" + stack.managementPort(service) + "/actuator/health";
	}

	private static String metrics(Stack stack, String service) {
		return "http://localhost:" + stack.managementPort(service) + "/actuator/prometheus";
	}

	/**
	 * Where the services send their spans, or "off" (every request still gets a trace id in its log lines and problems;
	 * docs/operations.md).
	 */
	static String tracesTo(@Nullable String endpoint) {
		return endpoint == null || endpoint.isBlank()
				? "off (set MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT, e.g. http://localhost:4318/v1/traces, and run again)"
				: endpoint + "  (every service, as its service.name; sampling 1.0 in the demo)";
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

	static Optional<String> nonBlank(@Nullable String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
	}
}
