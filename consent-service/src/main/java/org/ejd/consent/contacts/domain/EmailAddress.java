package org.ejd.consent.contacts.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address: a local part, one {@code @}, a domain of dot-separated labels (Cyrillic domains too). */
public record EmailAddress(String value) implements Address {

	private static final Pattern SHAPE = Pattern.compile(
			"^[\\p{L}\\p{N}!#$%&*+/=?^_`{|}~.'-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}$");

	public static EmailAddress parse(String text) {
		String email = text.strip();
		if (email.length() > 254 || !SHAPE.matcher(email).matches() || email.contains("..") || email.startsWith(".")) {
			throw new IllegalArgumentException("not an email address");
		}
		int at = email.lastIndexOf('@');
		return new EmailAddress(email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	@Override
	public String masked() {
		int at = value.lastIndexOf('@');
		return value.charAt(0) + "***" + value.substring(at);
	}

	@Override
	public ContactChannel channel() {
		return ContactChannel.EMAIL;
	}

	@Override
	public String toString() {
		return masked();
	}
}
