package org.ejd.identity.portal;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.BusinessClock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks the assertion a portal signs for each link (issue 12, ADR 0043): a compact JWS, signed with an
 * asymmetric algorithm by a key of the calling portal's uploaded JWK set, {@code iss} the portal's client
 * id, {@code aud} eJD, {@code sub} the portal user id being linked, short-lived ({@code iat}, {@code exp},
 * {@code nbf} if sent), used once ({@code jti}), and, for a link by SNILS, {@code snils_sha256} the hex
 * SHA-256 of the SNILS's 11 digits. Every refusal names what failed, in Russian, never the SNILS.
 */
@Component
class PortalAssertions {

	/** Public-key signatures only: no {@code none}, no HMAC (a public key must never serve as a shared secret). */
	static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
			JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
			JWSAlgorithm.ES512);

	private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

	private final PortalKeys keys;

	private final PortalProperties properties;

	private final Clock clock;

	PortalAssertions(PortalKeys keys, PortalProperties properties, @BusinessClock Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/** What the portal asserts of its user: who, and (for a link by SNILS) the digest of the SNILS it confirmed. */
	record Asserted(String portalUserId, @Nullable String snilsSha256, @Nullable String esiaId) {
	}

	/**
	 * Verifies the assertion of the portal calling as {@code clientId} for its user {@code portalUserId} and
	 * marks it used; refuses (403 without a key, 422 otherwise) when any check fails.
	 */
	Asserted verify(String clientId, String portalUserId, @Nullable String assertion) {
		if (assertion == null || assertion.isBlank()) {
			throw Refusal.againstRule("identity.portal-assertion.missing");
		}
		SignedJWT jwt;
		try {
			jwt = SignedJWT.parse(assertion.strip());
		}
		catch (ParseException ex) {
			// an unsigned one ("alg": "none") is no JWS and ends here too
			throw Refusal.againstRule("identity.portal-assertion.malformed");
		}
		JWSHeader header = jwt.getHeader();
		if (!ALGORITHMS.contains(header.getAlgorithm())) {
			throw Refusal.againstRule("identity.portal-assertion.algorithm", header.getAlgorithm().getName());
		}
		JWKSet set = keys.of(clientId).map(stored -> parse(stored.jwks()))
			.orElseThrow(() -> Refusal.notAllowed("identity.portal-assertion.no-key"));
		if (!signedByOneOf(jwt, header, set)) {
			throw Refusal.againstRule("identity.portal-assertion.signature");
		}
		JWTClaimsSet claims;
		try {
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw Refusal.againstRule("identity.portal-assertion.malformed");
		}
		if (!clientId.equals(claims.getIssuer())) {
			throw Refusal.againstRule("identity.portal-assertion.issuer");
		}
		List<String> audience = claims.getAudience();
		if (audience == null || !audience.contains(properties.assertionAudience())) {
			throw Refusal.againstRule("identity.portal-assertion.audience", properties.assertionAudience());
		}
		Instant now = clock.instant();
		Duration skew = properties.clockSkew();
		Instant expires = instant(claims.getExpirationTime());
		Instant issued = instant(claims.getIssueTime());
		if (expires == null || issued == null) {
			throw Refusal.againstRule("identity.portal-assertion.times");
		}
		if (!now.minus(skew).isBefore(expires)) {
			throw Refusal.againstRule("identity.portal-assertion.expired");
		}
		Instant notBefore = instant(claims.getNotBeforeTime());
		if (issued.isAfter(now.plus(skew)) || (notBefore != null && notBefore.isAfter(now.plus(skew)))) {
			throw Refusal.againstRule("identity.portal-assertion.not-yet-valid");
		}
		if (Duration.between(issued, expires).compareTo(properties.assertionLifetime()) > 0) {
			throw Refusal.againstRule("identity.portal-assertion.too-long", properties.assertionLifetime().toMinutes());
		}
		if (!portalUserId.equals(claims.getSubject())) {
			throw Refusal.againstRule("identity.portal-assertion.subject");
		}
		String jti = claims.getJWTID();
		if (jti == null || jti.isBlank() || jti.length() > 255) {
			throw Refusal.againstRule("identity.portal-assertion.no-id");
		}
		String snilsSha256;
		String esiaId;
		try {
			snilsSha256 = claims.getStringClaim("snils_sha256");
			esiaId = claims.getStringClaim("esia_id");
		}
		catch (ParseException ex) {
			throw Refusal.againstRule("identity.portal-assertion.malformed");
		}
		// last: an assertion refused for another reason is not used up
		if (!keys.firstUse(clientId, jti, expires.plus(skew), now)) {
			throw Refusal.againstRule("identity.portal-assertion.replayed");
		}
		return new Asserted(claims.getSubject(), snilsSha256, esiaId);
	}

	/** The hex SHA-256 of the SNILS's 11 digits, as a portal puts it in {@code snils_sha256}. */
	static String snilsSha256(String digits) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean signedByOneOf(SignedJWT jwt, JWSHeader header, JWKSet set) {
		for (JWK jwk : new JWKSelector(JWKMatcher.forJWSHeader(header)).select(set)) {
			try {
				if (jwk instanceof AsymmetricJWK asymmetric && !jwk.isPrivate()) {
					Key key = asymmetric.toPublicKey();
					JWSVerifier verifier = VERIFIERS.createJWSVerifier(header, key);
					if (jwt.verify(verifier)) {
						return true;
					}
				}
			}
			catch (JOSEException | IllegalStateException ex) {
				// a key that does not fit the algorithm: try the next
			}
		}
		return false;
	}

	private static JWKSet parse(String jwks) {
		try {
			return JWKSet.parse(jwks);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("a stored JWK set does not parse", ex);
		}
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return date == null ? null : date.toInstant();
	}
}
