package org.ejd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokensTest {

	private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

	private final BearerTokens tokens = new BearerTokens();

	@Test
	void readsEveryAuthorizationHeaderAsSpringSecuritysResolverDoes() {
		Random random = new Random(13);
		String alphabet = "Bb eErRaA=-._~+/0aZz9\t;:,\"Жſ";
		String[] starts = { "Bearer ", "bearer ", "BEARER ", "BeArEr ", "Bearer", "Bearer  ", "Basic ", "", "Bearerx" };
		for (int n = 0; n < 20_000; n++) {
			StringBuilder header = new StringBuilder(starts[random.nextInt(starts.length)]);
			int length = random.nextInt(8);
			for (int i = 0; i < length; i++) {
				header.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
						: (char) (0x20 + random.nextInt(0x5f)));
			}
			String value = header.toString();
			assertThat(outcome(tokens, value)).as("[%s]", value).isEqualTo(outcome(spring, value));
		}
	}

	@Test
	void aKeycloakTokenIsReadWhole() {
		String jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZWFjaGVyIn0.c2lnbmF0dXJl-_x==";
		assertThat(tokens.resolve(request("Bearer " + jwt))).isEqualTo(jwt);
		assertThat(tokens.resolve(new MockHttpServletRequest())).isNull();
		assertThat(tokens.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
	}

	@Test
	void aMalformedBearerHeaderIsRefusedAsAnInvalidToken() {
		OAuth2AuthenticationException refused = catchThrowableOfType(OAuth2AuthenticationException.class,
				() -> tokens.resolve(request("Bearer a b")));
		assertThat(refused.getError().getErrorCode()).isEqualTo("invalid_token");
		assertThat(refused.getError().getDescription()).isEqualTo("Bearer token is malformed");
		assertThatThrownBy(() -> tokens.resolve(request("Bearer "))).isInstanceOf(OAuth2AuthenticationException.class);
		assertThatThrownBy(() -> tokens.resolve(request("bearer"))).isInstanceOf(OAuth2AuthenticationException.class);
	}

	private static String outcome(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
			String header) {
		try {
			return "token:" + resolver.resolve(request(header));
		}
		catch (OAuth2AuthenticationException ex) {
			return "refused:" + ex.getError().getErrorCode() + ":" + ex.getError().getDescription();
		}
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", authorization);
		return request;
	}
}
