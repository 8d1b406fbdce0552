package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, ADR 0043: a portal links only with an assertion it signed of its user (a compact JWS of the
 * portal's uploaded key: iss, aud, sub, iat/exp, jti), and every forged, stale, replayed, misaddressed or
 * unsigned one is refused with a Russian problem and links nothing.
 */
class PortalAssertionIT extends IdentityIT {

	private static final String LINKS = "/api/identity/portal-links";

	private static final String KEYS = "/api/identity/portals/ejd-portal/keys";

	@Test
	void aRegionOperatorOfThePortalsRegionUploadsItsPublicKeysAndNothingSecret() throws JOSEException {
		PortalSigner.upload(api());
		String operator = regionOperatorToken();
		RSAKey next = PortalSigner.generate("it-portal-next");
		Response both = put(KEYS, operator, Map.of("keys", List.of(PortalSigner.KEY.toPublicJWK().toJSONObject(),
				next.toPublicJWK().toJSONObject())));
		assertThat(both.status()).as(both.toString()).isEqualTo(200);
		assertThat(both.json().get("keys")).hasSize(2);
		Response read = api().get(KEYS, operator);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("keys").get(1).get("kid").asString()).isEqualTo("it-portal-next");
		assertThat(read.toString()).doesNotContain("\"d\"");
		// the next key of a rollover signs as well
		String portalUser = UUID.randomUUID().toString();
		Response byNext = api().post(LINKS, portalToken(), Map.of("portalUserId", portalUser, "accountConfirmed", true,
				"snils", randomSnils(), "assertion", PortalSigner.sign(next, JWSAlgorithm.RS256, PortalSigner.claims(portalUser)
					.build())));
		assertThat(byNext.status()).as("signed by the next key: past the assertion, nobody has that SNILS " + byNext).isIn(404, 422);
		assertThat(byNext.json().get("detail").asString()).doesNotContain("Подпись");

		Response secret = put(KEYS, operator, Map.of("keys", List.of(next.toJSONObject())));
		assertThat(secret.status()).as(secret.toString()).isEqualTo(422);
		assertThat(secret.json().get("detail").asString()).contains("закрытый ключ");
		Response shared = put(KEYS, operator, Map.of("keys", List.of(new OctetSequenceKeyGenerator(256).generate().toJSONObject())));
		assertThat(shared.status()).isEqualTo(422);
		assertThat(shared.json().get("detail").asString()).contains("только открытые ключи RSA и EC");
		assertThat(put(KEYS, operator, Map.of("keys", List.of(Map.of("kty", "RSA")))).status()).as("no key").isEqualTo(400);
		assertThat(put(KEYS, operator, Map.of("keys", List.of())).status()).isEqualTo(400);
		Response ec = put(KEYS, operator, Map.of("keys", List.of(new ECKeyGenerator(Curve.P_256).keyID("ec").generate()
			.toPublicJWK().toJSONObject())));
		assertThat(ec.status()).as(ec.toString()).isEqualTo(200);

		assertThat(put(KEYS, regionOperatorToken("52"), Map.of("keys", List.of(PortalSigner.KEY.toPublicJWK().toJSONObject())))
			.status()).as("a region the portal does not serve").isEqualTo(404);
		assertThat(put("/api/identity/portals/nobody/keys", operator, Map.of("keys", List.of(PortalSigner.KEY.toPublicJWK()
			.toJSONObject()))).status()).isEqualTo(404);
		assertThat(put(KEYS, portalToken(), Map.of("keys", List.of(PortalSigner.KEY.toPublicJWK().toJSONObject()))).status())
			.as("a portal does not set its own keys").isEqualTo(403);

		// the EC key alone is the portal's now: the RSA key's assertions fail until it is uploaded again
		String snils = randomSnils();
		Response old = api().post(LINKS, portalToken(), link(portalUser, snils, PortalSigner.sign(PortalSigner.KEY,
				JWSAlgorithm.RS256, PortalSigner.claims(portalUser).claim("snils_sha256", PortalSigner.sha256(snils)).build())));
		assertThat(old.status()).isEqualTo(422);
		assertThat(old.json().get("detail").asString()).contains("Подпись");
		PortalSigner.upload(api());
	}

	@Test
	void forgedExpiredMisaddressedAndOtherUsersAssertionsAreRefusedWithARussianProblem() throws JOSEException {
		PortalSigner.upload(api());
		String user = UUID.randomUUID().toString();
		String snils = randomSnils();
		Instant now = CLOCK.instant();

		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).build(), snils, "another-" + user), 422, "Подпись");
		RSAKey forged = PortalSigner.generate(PortalSigner.KEY.getKeyID());
		refused(assertion(forged, PortalSigner.claims(user).build(), snils, null), 422, "Подпись");
		refused(assertion(PortalSigner.generate("other-portal-key"), PortalSigner.claims(user).build(), snils, null), 422, "Подпись");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
			.expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))).build(), snils, null), 422, "истёк");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
			.build(), snils, null), 422, "слишком долго");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).notBeforeTime(Date.from(now.plus(Duration.ofMinutes(3))))
			.build(), snils, null), 422, "ещё не действует");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).audience("someone-else").build(), snils, null), 422, "не eJD");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).issuer("other-portal").build(), snils, null), 422, "не этим порталом");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims("another-portal-user").build(), snils, null), 422, "другого пользователя");
		refused(assertion(PortalSigner.KEY, PortalSigner.claims(user).jwtID(null).build(), snils, null), 422, "jti");
		String otherSnils = PortalSigner.sign(PortalSigner.KEY, JWSAlgorithm.RS256, PortalSigner.claims(user)
			.claim("snils_sha256", PortalSigner.sha256(randomSnils())).build());
		refused(link(user, snils, otherSnils), 422, "СНИЛС в запросе");
		refused(link(user, snils, null), 422, "Нет подписанного утверждения");
		refused(link(user, snils, "not-a-jwt"), 422, "не прочитано");
	}

	@Test
	void anUnsignedOrHmacAssertionIsRefusedWhateverItClaims() throws JOSEException {
		PortalSigner.upload(api());
		String user = UUID.randomUUID().toString();
		String snils = randomSnils();
		JWTClaimsSet claims = PortalSigner.claims(user).claim("snils_sha256", PortalSigner.sha256(snils)).build();
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		String none = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
		refused(link(user, snils, none), 422, "не прочитано");
		// HS256 with the portal's public key as the shared secret: the classic key-confusion forgery
		SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(PortalSigner.KEY.getKeyID()).build(), claims);
		hmac.sign(new MACSigner(PortalSigner.KEY.toRSAPublicKey().getEncoded()));
		refused(link(user, snils, hmac.serialize()), 422, "HS256");
	}

	@Test
	void anAssertionLinksOnceAndAPortalWithoutKeysLinksNobody() {
		PortalSigner.upload(api());
		Desk desk = newSchool(regionOperatorToken(), "Школа подписанных связей");
		String snils = randomSnils();
		String guardian = guardianWithSnils(desk, "Подписанная", "Вера", snils);
		issueAccount(desk, guardian, "Signed-pass-12");
		String user = UUID.randomUUID().toString();
		Map<String, Object> body = signed(Map.of("portalUserId", user, "accountConfirmed", true, "snils", snils));

		Response first = api().post(LINKS, portalToken(), body);
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().get("personId").asString()).isEqualTo(guardian);
		Response replayed = api().post(LINKS, portalToken(), body);
		assertThat(replayed.status()).as(replayed.toString()).isEqualTo(422);
		assertThat(replayed.json().get("detail").asString()).isEqualTo("Это утверждение уже использовано: каждое действует один раз.");
		assertThat(api().post(LINKS, portalToken(), signed(Map.of("portalUserId", user, "accountConfirmed", true, "snils", snils)))
			.status()).as("a fresh assertion: already linked to the same person").isEqualTo(200);

		identityDb.sql("delete from portal_key where client_id = 'ejd-portal'").update();
		try {
			refused(signed(Map.of("portalUserId", UUID.randomUUID().toString(), "accountConfirmed", true, "snils", snils)), 403,
					"не загружены ключи");
		}
		finally {
			PortalSigner.upload(api());
		}
	}

	private Map<String, Object> assertion(RSAKey key, JWTClaimsSet claims, String snils, @org.jspecify.annotations.Nullable String subject) {
		JWTClaimsSet.Builder withSnils = new JWTClaimsSet.Builder(claims).claim("snils_sha256", PortalSigner.sha256(snils));
		String jws = PortalSigner.sign(key, JWSAlgorithm.RS256, withSnils.build());
		if (subject != null) {
			// the payload swapped after signing: the signature no longer covers it
			String[] parts = jws.split("\\.");
			String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(withSnils.subject(subject).build().toString()
				.getBytes(StandardCharsets.UTF_8));
			jws = parts[0] + "." + payload + "." + parts[2];
			return link(subject, snils, jws);
		}
		return link(claims.getSubject().equals("another-portal-user") ? UUID.randomUUID().toString() : claims.getSubject(), snils, jws);
	}

	private static Map<String, Object> link(String portalUserId, String snils, @org.jspecify.annotations.Nullable String assertion) {
		Map<String, Object> body = new HashMap<>(Map.of("portalUserId", portalUserId, "accountConfirmed", true, "snils", snils));
		if (assertion != null) {
			body.put("assertion", assertion);
		}
		return body;
	}

	private void refused(Map<String, Object> body, int status, String detail) {
		Response refused = api().post(LINKS, portalToken(), body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains(detail);
		assertThat(api().get(LINKS + "/" + body.get("portalUserId"), portalToken()).status()).as("nothing linked").isEqualTo(404);
	}

	private Response put(String path, String token, Object body) {
		return api().send("PUT", path, token, body, Map.of());
	}
}
