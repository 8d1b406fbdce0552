package org.ejd.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of identity-service's tests against real PostgreSQL, Kafka and Keycloak. */
@SpringBootTest(classes = IdentityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class IdentityIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "identity");
	}

	@LocalServerPort
	int port;

	ApiClient api() {
		return ApiClient.local(port);
	}

	/** A region operator, made directly in Keycloak: the one account eJD does not issue itself. */
	static String regionOperatorToken() {
		String username = "region-" + UUID.randomUUID().toString().substring(0, 8);
		RealServers.keycloak().createUser(username, "Region-pass-1", List.of("region-operator"), UUID.randomUUID().toString(), List.of());
		return RealServers.keycloak().passwordToken(username, "Region-pass-1");
	}

	static String login(String username, String password) {
		return RealServers.keycloak().passwordToken(username, password);
	}

	static Map<String, Object> school(String name) {
		return Map.of("name", name, "regionCode", "51", "municipality", "Североморск");
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
