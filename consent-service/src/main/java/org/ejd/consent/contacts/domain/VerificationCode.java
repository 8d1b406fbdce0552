package org.ejd.consent.contacts.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The six-digit code that proves a person controls an email address or a mobile number. Only a
 * salted PBKDF2 hash of it is stored (a random salt per code): six digits are few, so a fast hash
 * of a stolen row would give the code back at once, while the slow one costs hours for a code
 * that lives fifteen minutes.
 */
public final class VerificationCode {

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	private static final int ITERATIONS = 60_000;

	private static final int SALT_BYTES = 16;

	private static final int HASH_BITS = 256;

	private VerificationCode() {
	}

	public static String generate(SecureRandom random) {
		return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
	}

	public static Hashed hash(String code, SecureRandom random) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		return new Hashed(salt, derive(code, salt));
	}

	static byte[] derive(String code, byte[] salt) {
		PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, ITERATIONS, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is part of every JDK", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

	/** A stored code: salt and hash, never the code. */
	public record Hashed(byte[] salt, byte[] hash) {

		/** Compares in constant time. */
		public boolean matches(String candidate) {
			return MessageDigest.isEqual(derive(candidate, salt), hash);
		}

		@Override
		public String toString() {
			return "Hashed[...]";
		}
	}
}
