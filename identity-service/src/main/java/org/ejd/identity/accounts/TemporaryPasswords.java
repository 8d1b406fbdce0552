package org.ejd.identity.accounts;

import java.security.SecureRandom;

/**
 * Temporary passwords a school reads out or hands over on paper: 12 characters in three groups of
 * lower-case letters and digits without look-alikes (no 0/o, 1/l/i), about 60 random bits. The
 * holder replaces it at the first sign-in.
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
