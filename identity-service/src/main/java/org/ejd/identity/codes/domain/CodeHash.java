package org.ejd.identity.codes.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A code's secret as stored: PBKDF2 with HMAC-SHA256 (the JDK's {@code PBKDF2WithHmacSHA256}), a
 * 16-byte random salt per code, written as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that
 * a later change of the iteration count still verifies older codes.
 */
public final class CodeHash {

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	private static final String PREFIX = "pbkdf2-sha256";

	private static final int SALT_BYTES = 16;

	private static final int HASH_BITS = 256;

	private CodeHash() {
	}

	public static String of(String secret, int iterations, SecureRandom random) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(derive(secret, salt, iterations));
	}

	/** Whether the secret is the one hashed; constant time in the comparison. */
	public static boolean matches(String secret, String stored) {
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !parts[0].equals(PREFIX)) {
			throw new IllegalArgumentException("not a code hash");
		}
		Base64.Decoder base64 = Base64.getDecoder();
		byte[] expected = base64.decode(parts[3]);
		return MessageDigest.isEqual(expected, derive(secret, base64.decode(parts[2]), Integer.parseInt(parts[1])));
	}

	private static byte[] derive(String secret, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2 is missing from this JDK", ex);
		}
		finally {
			spec.clearPassword();
		}
	}
}
