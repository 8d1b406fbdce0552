package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI at the gateway signs in as its own public client with PKCE (ADR 0052) and lists the merged document
 * with the services' own. Signing in and calling the API in a browser is devstack's FirstMarkSliceIT; here, what the page is told.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.security.issuer-uri=http://localhost:1/realms/ejd", "management.server.port=0" })
class SwaggerUiIT {

	@LocalServerPort
	int port;

	@Test
	void swaggerUiSignsInAsItsOwnPkceClientAndListsTheMergedDocument() {
		ApiClient gateway = ApiClient.local(port);
		assertThat(gateway.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
		ApiClient.Response config = gateway.get("/v3/api-docs/swagger-config", null);
		assertThat(config.status()).as(config.toString()).isEqualTo(200);
		assertThat(config.json().get("urls").toString()).contains("\"/api-docs/all\"", "\"/api-docs/diary\"");
		ApiClient.Response initializer = gateway.get("/swagger-ui/swagger-initializer.js", null);
		assertThat(initializer.status()).isEqualTo(200);
		assertThat(initializer.body()).as("«Authorize» as ejd-swagger-ui with PKCE").contains("ejd-swagger-ui")
			.contains("usePkceWithAuthorizationCodeGrant").doesNotContain("ejd-web");
		assertThat(config.body() + initializer.body()).as("the one redirect URI its client allows")
			.contains("/swagger-ui/oauth2-redirect.html");
	}
}
