package org.ejd.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The demo regional portal's signing key (ADR 0043), for the local demo only: its private half is committed in
 * {@code devstack/src/main/resources/demo-portal-key.pem} so that anyone can sign the demo portal's link assertions
 * ({@code devstack/portal-assertion.sh}); the demo's region operator uploads the public half. Nothing outside the
 * demo knows this key: a deployment's portals upload their own (identity has no default key).
 */
public final class DemoPortal {

	/** The demo portal's OAuth2 client id: its assertions' {@code iss}. */
	public static final String CLIENT = "ejd-portal";

	/** The key id in the demo portal's JWK set. */
	public static final String KID = "ejd-demo-portal-1";

	private static final RSAKey KEY = load();

	private DemoPortal() {
	}

	/** The demo portal's public JWK set, as the region operator uploads it. */
	public static Map<String, Object> publicJwkSet() {
		return Map.of("keys", List.of(KEY.toPublicJWK().toJSONObject()));
	}

	/** An assertion of the demo portal that its user {@code portalUserId} confirmed this SNILS: valid 2 minutes, once. */
	public static String assertion(String portalUserId, String snils) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT).audience("ejd").subject(portalUserId)
			.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(2))))
			.jwtID(UUID.randomUUID().toString()).claim("snils_sha256", sha256(snils.replaceAll("\\D", ""))).build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KID).build(), claims);
			jwt.sign(new RSASSASigner(KEY));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey load() {
		try (InputStream in = DemoPortal.class.getResourceAsStream("/demo-portal-key.pem")) {
			String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateCrtKey secret = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
			RSAPublicKey open = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(secret.getModulus(), secret.getPublicExponent()));
			return new RSAKey.Builder(open).privateKey(secret).keyID(KID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
		}
		catch (IOException | GeneralSecurityException | NullPointerException ex) {
			throw new IllegalStateException("the demo portal key demo-portal-key.pem is not readable", ex);
		}
	}

	private static String sha256(String digits) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
