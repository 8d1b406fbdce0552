package org.ejd.identity.codes.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A personal access code as the holder reads and types it: 20 characters of Crockford's base32
 * (no I, L, O, U: nothing to confuse), printed in groups of four, e.g. {@code 7KQ2-MX9P-4TZR-8HWA-3NDE}.
 * The first 8 characters are the code's public handle (to find it); the last 12 are its secret
 * (60 random bits), which is stored only as a salted hash. Typing is forgiving: case, spaces and
 * dashes do not matter, and O, I and L are read as 0, 1 and 1.
 */
public record CodeText(String handle, String secret) {

	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	public static final int HANDLE_LENGTH = 8;

	public static final int SECRET_LENGTH = 12;

	public CodeText {
		if (!valid(handle, HANDLE_LENGTH) || !valid(secret, SECRET_LENGTH)) {
			throw new IllegalArgumentException("not an access code");
		}
	}

	public static CodeText generate(SecureRandom random) {
		return new CodeText(randomText(random, HANDLE_LENGTH), randomText(random, SECRET_LENGTH));
	}

	/** The code typed by a person, or empty if it cannot be one. */
	public static Optional<CodeText> parse(String typed) {
		String text = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
		if (text.length() != HANDLE_LENGTH + SECRET_LENGTH || !valid(text, text.length())) {
			return Optional.empty();
		}
		return Optional.of(new CodeText(text.substring(0, HANDLE_LENGTH), text.substring(HANDLE_LENGTH)));
	}

	/** As printed: groups of four joined by dashes. */
	public String formatted() {
		String all = handle + secret;
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < all.length(); i += 4) {
			if (i > 0) {
				out.append('-');
			}
			out.append(all, i, i + 4);
		}
		return out.toString();
	}

	/** Never the secret: codes must not reach logs. */
	@Override
	public String toString() {
		return "CodeText[" + handle + "-****]";
	}

	private static String randomText(SecureRandom random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	private static boolean valid(String text, int length) {
		return text != null && text.length() == length && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}
}
