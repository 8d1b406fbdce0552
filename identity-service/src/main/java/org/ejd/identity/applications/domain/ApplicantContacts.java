package org.ejd.identity.applications.domain;

import java.time.LocalDate;

import org.ejd.contracts.ContactFormats;

import org.jspecify.annotations.Nullable;

/**
 * The email address and mobile number a regional portal may pass with an application (seed 000, C3), checked
 * and written by the events' own rule ({@link ContactFormats}) that consent-service keeps contacts by: the email's domain
 * in lower case, the number in E.164 ({@code +79XXXXXXXXX}).
 * They are passed on to consent-service, never stored or logged here; {@code toString} hides them.
 */
public record ApplicantContacts(@Nullable String email, @Nullable String phone) {

	public static final ApplicantContacts NONE = new ApplicantContacts(null, null);

	public boolean any() {
		return email != null || phone != null;
	}

	/** The email as kept, or an exception when it is not an email address. */
	public static String email(String text) {
		return ContactFormats.email(text);
	}

	/** The Russian mobile number in E.164, or an exception when it is none. */
	public static String phone(String text) {
		return ContactFormats.mobile(text);
	}

	/** Whether a person born on {@code birthDate} is of age (18) on {@code day}; unknown birth date: no. */
	public static boolean adultOn(@Nullable LocalDate birthDate, LocalDate day) {
		return birthDate != null && !day.isBefore(birthDate.plusYears(18));
	}

	@Override
	public String toString() {
		return "ApplicantContacts[email=" + (email != null) + ", phone=" + (phone != null) + "]";
	}
}
