package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;

/**
 * The tests' regional portal {@code ejd-portal} signing its link assertions as a real portal would (ADR 0043):
 * one RSA key for the whole run, its public half uploaded by a region operator before the first link.
 */
final class PortalSigner {

	static final String CLIENT = "ejd-portal";

	static final RSAKey KEY = generate("it-portal-1");

	private static volatile boolean uploaded;

	private PortalSigner() {
	}

	static RSAKey generate(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Uploads the run's public key as the portal's JWK set (again after a test replaced it). */
	static synchronized void upload(ApiClient api) {
		Response put = api.send("PUT", "/api/identity/portals/" + CLIENT + "/keys", IdentityIT.regionOperatorToken(),
				Map.of("keys", List.of(KEY.toPublicJWK().toJSONObject())), Map.of());
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		uploaded = true;
	}

	/** The link request's body with the assertion the portal signs for it: sub, and the SNILS and ESIA id it carries. */
	static Map<String, Object> asserted(ApiClient api, Map<String, ?> body) {
		if (!uploaded) {
			upload(api);
		}
		JWTClaimsSet.Builder claims = claims(String.valueOf(body.get("portalUserId")));
		if (body.get("snils") instanceof String snils) {
			claims.claim("snils_sha256", sha256(snils.replaceAll("[\\s-]", "")));
		}
		if (body.get("esiaId") instanceof String esiaId) {
			claims.claim("esia_id", esiaId);
		}
		Map<String, Object> signed = new HashMap<>(body);
		signed.put("assertion", sign(KEY, JWSAlgorithm.RS256, claims.build()));
		return signed;
	}

	/** What a portal asserts of its user: issuer, audience, subject, two minutes of validity, a fresh id. */
	static JWTClaimsSet.Builder claims(String portalUserId) {
		Instant now = IdentityIT.CLOCK.instant();
		return new JWTClaimsSet.Builder().issuer(CLIENT).audience("ejd").subject(portalUserId).issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(2)))).jwtID(UUID.randomUUID().toString());
	}

	static String sign(RSAKey key, JWSAlgorithm algorithm, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String digits) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
