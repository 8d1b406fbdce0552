package org.ejd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallersTest {

	private final UUID school = UUID.randomUUID();

	@Test
	void aRegionOperatorServesTheRegionsOfItsRegionCodesClaim() {
		Caller caller = Callers.of(token(Map.of("region_codes", List.of("51", "39"), "realm_access",
				Map.of("roles", List.of("region-operator")))));
		assertThat(caller.regionCodes()).containsExactlyInAnyOrder("51", "39");
		assertThat(caller.serves("51")).isTrue();
		assertThat(caller.serves("77")).isFalse();
		assertThat(caller.has(Role.REGION_OPERATOR)).isTrue();
	}

	@Test
	void aSingleValuedRegionClaimCountsAndValuesThatAreNoRegionCodeAreIgnored() {
		assertThat(Callers.of(token(Map.of("region_codes", "78"))).regionCodes()).containsExactly("78");
		assertThat(Callers.of(token(Map.of("region_codes", List.of("5", "777", "ab", " 39 ")))).regionCodes())
			.containsExactly("39");
	}

	@Test
	void aTokenWithoutRegionCodesServesNoRegionButKeepsItsSchools() {
		Caller caller = Callers.of(token(Map.of("school_ids", List.of(school.toString(), "not-a-uuid"))));
		assertThat(caller.regionCodes()).isEmpty();
		assertThat(caller.schoolIds()).containsExactly(school);
	}

	private static Jwt token(Map<String, Object> claims) {
		Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "none").subject("someone").claim("azp", "ejd-cli")
			.issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
		claims.forEach(jwt::claim);
		return jwt.build();
	}
}
