package org.ejd.consent.contacts.domain;

import org.ejd.contracts.ContactFormats;

/** An email address as the events write it ({@link ContactFormats#email}): the domain in lower case. */
public record EmailAddress(String value) implements Address {

	public static EmailAddress parse(String text) {
		return new EmailAddress(ContactFormats.email(text));
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
