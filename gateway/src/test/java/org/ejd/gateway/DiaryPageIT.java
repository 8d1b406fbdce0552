package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ejd.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gateway serves the reference diary page (ADR 0049) from the {@code diary-web} jar without a token, and tells it
 * where to sign in: the realm's issuer and the page's own public client. The browser test of the page itself is in
 * devstack's FirstMarkSliceIT.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.security.issuer-uri=http://localhost:1/realms/ejd", "management.server.port=0" })
class DiaryPageIT {

	@LocalServerPort
	int port;

	@Test
	void thePageAndItsScriptAreServedWithoutATokenTheScriptCachedForGood() {
		ApiClient gateway = ApiClient.local(port);
		ApiClient.Response page = gateway.get("/diary/", null);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"ru\">").contains("Электронный дневник");
		assertThat(page.headers().get("cache-control")).contains("no-cache");

		Matcher script = Pattern.compile("src=\"(/diary/assets/[^\"]+\\.js)\"").matcher(page.body());
		assertThat(script.find()).as("the built page names its hashed script").isTrue();
		ApiClient.Response code = gateway.get(script.group(1), null);
		assertThat(code.status()).isEqualTo(200);
		assertThat(code.contentType()).contains("javascript");
		assertThat(code.headers().get("cache-control")).contains("immutable");
		assertThat(code.body()).as("the generated client's paths").contains("/api/diary/students/{studentId}/week");
	}

	@Test
	void thePageSignsInAtTheGatewaysIssuerAsItsOwnPublicClient() {
		ApiClient.Response config = ApiClient.local(port).get("/diary/config.json", null);
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.json().get("issuer").asString()).isEqualTo("http://localhost:1/realms/ejd");
		assertThat(config.json().get("clientId").asString()).isEqualTo("ejd-diary-page");
	}

	@Test
	void aFileThePageDoesNotHaveIsA404NotTheApi() {
		ApiClient.Response missing = ApiClient.local(port).get("/diary/assets/nothing-here.js", null);
		assertThat(missing.status()).isEqualTo(404);
	}
}
