package org.ejd.consent.contacts.domain;

import java.util.regex.Pattern;

/**
 * A Russian mobile number, normalized to E.164 ({@code +79XXXXXXXXX}) from the ways people write it:
 * {@code +7 (912) 345-67-89}, {@code 8 912 345 67 89}, {@code 9123456789}. SMS go to mobile numbers
 * only, and those start with 9 after the country code.
 */
public record MobileNumber(String value) implements Address {

	private static final Pattern WRITTEN = Pattern.compile("^\\+?[0-9 ()\\-]{10,20}$");

	public static MobileNumber parse(String text) {
		String written = text.strip();
		if (!WRITTEN.matcher(written).matches() || (written.startsWith("+") && !written.startsWith("+7"))) {
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
		return new MobileNumber("+7" + national);
	}

	@Override
	public String masked() {
		return "+7 " + value.substring(2, 5) + " ***-**-" + value.substring(10);
	}

	@Override
	public ContactChannel channel() {
		return ContactChannel.SMS;
	}

	@Override
	public String toString() {
		return masked();
	}
}
