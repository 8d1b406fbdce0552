package org.ejd.diary.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** The webhook SSRF guard (ADR 0041): only public https receivers, looked up at registration and before each delivery. */
class WebhookTargetsTest {

	/** A DNS of the test's own: names pointing where the test says, no network needed. */
	private final Map<String, String> dns = new java.util.HashMap<>(Map.of("hooks.example.org", "93.184.216.34",
			"metadata.example.org", "169.254.169.254", "intranet.example.org", "10.0.0.7", "localhost", "127.0.0.1"));

	private final WebhookTargets production = new WebhookTargets(settings(false), this::resolve);

	private final WebhookTargets demo = new WebhookTargets(settings(true), this::resolve);

	@Test
	void aPublicHttpsReceiverIsAcceptedByNameOrAddress() {
		assertThat(production.registered("https://hooks.example.org/ejd")).hasToString("https://hooks.example.org/ejd");
		assertThat(production.registered("https://93.184.216.34:8443/ejd").getPort()).isEqualTo(8443);
		assertThat(production.registered("https://[2001:db8:1::5]/ejd").getHost()).isEqualTo("[2001:db8:1::5]");
	}

	@Test
	void loopbackPrivateLinkLocalMetadataAndMulticastAddressesAreRefusedWith422() {
		for (String url : List.of("https://localhost/h", "https://127.0.0.1/h", "https://127.8.9.10/h", "https://[::1]/h",
				"https://0.0.0.0/h", "https://10.1.2.3/h", "https://172.16.0.1/h", "https://172.31.255.254/h",
				"https://192.168.1.1/h", "https://100.64.0.1/h", "https://169.254.169.254/latest/meta-data",
				"https://169.254.10.10/h", "https://[fe80::1]/h", "https://[fd00:ec2::254]/h", "https://[fc12::1]/h",
				"https://224.0.0.1/h", "https://239.255.255.250/h", "https://[ff02::1]/h", "https://[::ffff:10.0.0.1]/h",
				"https://[::ffff:169.254.169.254]/h", "https://metadata.example.org/h", "https://intranet.example.org/h")) {
			assertThatThrownBy(() -> production.registered(url)).as(url).isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.AGAINST_RULE);
				assertThat(r.messageKey()).isEqualTo("diary.webhooks.private-address");
			});
		}
	}

	@Test
	void plainHttpIsRefusedExceptToLoopbackWhereTheDemoAllowsIt() {
		assertThatThrownBy(() -> production.registered("http://hooks.example.org/h")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("diary.webhooks.not-https"));
		assertThatThrownBy(() -> production.registered("http://127.0.0.1:8080/h")).isInstanceOf(Refusal.class);
		assertThat(demo.registered("http://127.0.0.1:8080/h").getPort()).isEqualTo(8080);
		assertThat(demo.registered("http://localhost:8080/h").getHost()).isEqualTo("localhost");
		assertThatThrownBy(() -> demo.registered("http://hooks.example.org/h")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("diary.webhooks.not-https"));
		assertThatThrownBy(() -> demo.registered("https://10.0.0.7/h")).as("the demo allows loopback, nothing else inside")
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("diary.webhooks.private-address"));
	}

	@Test
	void aNameRePointedInsideAfterRegistrationIsRefusedAtDelivery() {
		URI registered = production.registered("https://hooks.example.org/ejd");
		dns.put("hooks.example.org", "169.254.169.254");
		assertThatThrownBy(() -> production.deliverable(registered)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("diary.webhooks.private-address"));
	}

	@Test
	void anUnknownNameOrAMalformedAddressIsRefused() {
		assertThatThrownBy(() -> production.registered("https://nowhere.example.org/h")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("diary.webhooks.unresolvable"));
		for (String url : List.of("nonsense", "ftp://hooks.example.org/h", "https://user:pw@hooks.example.org/h",
				"https://hooks.example.org/h#x", "https://" + "a".repeat(2000) + ".org/")) {
			assertThatThrownBy(() -> production.registered(url)).as(url).isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID));
		}
	}

	private InetAddress[] resolve(String host) throws UnknownHostException {
		String address = dns.get(host);
		if (address != null) {
			return new InetAddress[] { InetAddress.getByName(address) };
		}
		if (host.matches("[0-9.]+") || host.contains(":")) {
			return InetAddress.getAllByName(host);
		}
		throw new UnknownHostException(host);
	}

	private static WebhookSettings settings(boolean allowLoopback) {
		return new WebhookSettings(null, null, null, null, null, allowLoopback);
	}
}
