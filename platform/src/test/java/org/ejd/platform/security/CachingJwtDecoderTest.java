package org.ejd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

	private final List<String> verified = new ArrayList<>();

	/** Verifies (and notes) every token starting with {@code good}, refuses the rest. */
	private final JwtDecoder realm = token -> {
		verified.add(token);
		if (!token.startsWith("good")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token).header("alg", "RS256").subject("teacher").issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300)).build();
	};

	private final CachingJwtDecoder decoder = new CachingJwtDecoder(realm, 1_000_000, Duration.ofMinutes(2));

	@Test
	void theSameTokenTextIsVerifiedOnceAndATokenDifferingInOneCharacterAgain() {
		Jwt first = decoder.decode(new String("good.token.a")); // a new String per request, as a header gives
		Jwt again = decoder.decode(new String("good.token.a"));
		Jwt other = decoder.decode("good.token.b");

		assertThat(again).isSameAs(first);
		assertThat(other.getTokenValue()).isEqualTo("good.token.b");
		assertThat(verified).containsExactly("good.token.a", "good.token.b");
	}

	@Test
	void aRefusedTokenIsNotRememberedAndIsRefusedEachTime() {
		assertThatThrownBy(() -> decoder.decode("bad.token")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("bad.token")).isInstanceOf(BadJwtException.class);
		assertThat(verified).containsExactly("bad.token", "bad.token");
	}

	@Test
	void aTokenWeighsItsTextAndClaimsAsUtf16AndAFixedOverhead() {
		Jwt jwt = decoder.decode("good." + "x".repeat(995));
		assertThat(CachingJwtDecoder.weight(jwt.getTokenValue(), jwt)).isEqualTo(1_000 * 4 + 1_024);
	}
}
