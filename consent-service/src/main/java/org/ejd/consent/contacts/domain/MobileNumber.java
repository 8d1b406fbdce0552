package org.ejd.consent.contacts.domain;

import org.ejd.contracts.ContactFormats;

/**
 * A Russian mobile number, normalized to E.164 ({@code +79XXXXXXXXX}) by the events' own rule
 * ({@link ContactFormats#mobile}) from the ways people write it.
 */
public record MobileNumber(String value) implements Address {

	public static MobileNumber parse(String text) {
		return new MobileNumber(ContactFormats.mobile(text));
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
