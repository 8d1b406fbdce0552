package org.ejd.consent.contacts.domain;

/**
 * A contact's destination, normalized. Its {@code toString} is the masked form: a contact is personal
 * data and must never reach a log in clear text (ARCHITECTURE "Security").
 */
public sealed interface Address permits EmailAddress, MobileNumber {

	/** The normalized destination, for delivery only. */
	String value();

	/** What screens and logs may show, e.g. {@code i***@mail.ru}, {@code +7 912 ***-**-89}. */
	String masked();

	ContactChannel channel();

	/** @throws IllegalArgumentException (without the text in its message) when the text is no such address */
	static Address parse(ContactChannel channel, String text) {
		return switch (channel) {
			case EMAIL -> EmailAddress.parse(text);
			case SMS -> MobileNumber.parse(text);
		};
	}
}
