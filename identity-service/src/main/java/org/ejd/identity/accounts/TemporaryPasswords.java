package org.ejd.identity.accounts;

import java.security.SecureRandom;

/**
 * Temporary passwords a school reads out or hands over on paper: 12 characters in three groups of
 * upper- and lower-case letters and digits without look-alikes (no 0/o/O, 1/l/i/I/L), each class at least
 * once, about 68 random bits; the hyphens between the groups are the realm policy's special character
 * (issue 12). The holder replaces it at the first sign-in.
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String next() {
		while (true) {
			String password = draw();
			// the realm's policy wants every class: draw again in the rare case one is missing
			if (password.chars().anyMatch(Character::isUpperCase) && password.chars().anyMatch(Character::isLowerCase)
					&& password.chars().anyMatch(Character::isDigit)) {
				return password;
			}
		}
	}

	private static String draw() {
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
