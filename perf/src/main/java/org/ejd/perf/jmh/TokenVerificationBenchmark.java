package org.ejd.perf.jmh;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.ejd.platform.security.CachingJwtDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The token check on every request: a Keycloak-shaped RS256 access token verified in full (signature, expiry), and the
 * same token again from the cache of verified tokens that the gateway and the services keep (platform
 * CachingJwtDecoder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TokenVerificationBenchmark {

	private JwtDecoder full;

	private JwtDecoder cached;

	private String token;

	@Setup
	public void keysAndToken() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://localhost:8180/realms/ejd").subject(UUID.randomUUID().toString())
			.audience(List.of("ejd-api")).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
			.issueTime(new Date()).claim("person_id", UUID.randomUUID().toString()).claim("azp", "ejd-web")
			.claim("realm_access", java.util.Map.of("roles", List.of("guardian"))).claim("school_ids", List.of(UUID.randomUUID().toString()))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		token = jwt.serialize();
		full = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
		cached = new CachingJwtDecoder(full, 32 * 1024 * 1024, Duration.ofMinutes(2));
		cached.decode(token);
	}

	@Benchmark
	public Object verifyInFull() {
		return full.decode(token);
	}

	@Benchmark
	public Object verifiedFromCache() {
		return cached.decode(token);
	}
}
