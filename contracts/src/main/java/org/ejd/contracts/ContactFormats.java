package org.ejd.contracts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a contact is written in the events that carry one ({@code consent.contact.*}, {@code
 * identity.application.contacts-given}): an email address with its domain in lower case, a Russian mobile number in
 * E.164 ({@code +79XXXXXXXXX}). The services that take a contact from a person (consent-service, identity-service for a
 * portal's application) read it with these, so both write what the schemas say and agree on what is a contact.
 */
public final class ContactFormats {

	private static final Pattern EMAIL = Pattern.compile(
			"^[\\p{L}\\p{N}!#$%&*+/=?^_`{|}~.'-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}$");

	private static final Pattern WRITTEN_NUMBER = Pattern.compile("^\\+?[0-9 ()\\-]{10,20}$");

	private ContactFormats() {
	}

	/**
	 * An email address (a local part, one {@code @}, a domain of dot-separated labels, Cyrillic domains too) as kept: the
	 * domain in lower case.
	 * @throws IllegalArgumentException when it is not an email address
	 */
	public static String email(String text) {
		String email = text.strip();
		if (email.length() > 254 || !EMAIL.matcher(email).matches() || email.contains("..") || email.startsWith(".")) {
			throw new IllegalArgumentException("not an email address");
		}
		int at = email.lastIndexOf('@');
		return email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * A Russian mobile number in E.164 from the ways people write it: {@code +7 (912) 345-67-89}, {@code 8 912 345 67 89},
	 * {@code 9123456789}. SMS go to mobile numbers only, and those start with 9 after the country code.
	 * @throws IllegalArgumentException when it is not a Russian mobile number
	 */
	public static String mobile(String text) {
		String written = text.strip();
		if (!WRITTEN_NUMBER.matcher(written).matches() || (written.startsWith("+") && !written.startsWith("+7"))) {
			throw new IllegalArgumentException("not a Russian mobile number");
		}
		String digits = written.replaceAll("\\D", "");
		String national;
		if (digits.length() == 11 && (digits.charAt(0) == '7' || (digits.charAt(0) == '8' && !written.startsWith("+")))) {
			national = digits.substring(1);
		}
		else if (digits.length() == 10 && !written.startsWith("+")) {
			national = digits;
		}
		else {
			throw new IllegalArgumentException("not a Russian mobile number");
		}
		if (national.charAt(0) != '9') {
			throw new IllegalArgumentException("not a mobile number");
		}
		return "+7" + national;
	}
}
