package org.ejd.identity.applications.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The email address and mobile number a regional portal may pass with an application (seed 000, C3), checked
 * and written the way consent-service keeps contacts: the email's domain in lower case, the number in E.164
 * ({@code +79XXXXXXXXX}, from {@code +7 (912) 345-67-89}, {@code 8 912 345 67 89} or {@code 9123456789}).
 * They are passed on to consent-service, never stored or logged here; {@code toString} hides them.
 */
public record ApplicantContacts(@Nullable String email, @Nullable String phone) {

	private static final Pattern EMAIL = Pattern.compile(
			"^[\\p{L}\\p{N}!#$%&*+/=?^_`{|}~.'-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}$");

	private static final Pattern WRITTEN_NUMBER = Pattern.compile("^\\+?[0-9 ()\\-]{10,20}$");

	public static final ApplicantContacts NONE = new ApplicantContacts(null, null);

	public boolean any() {
		return email != null || phone != null;
	}

	/** The email as kept, or an exception when it is not an email address. */
	public static String email(String text) {
		String email = text.strip();
		if (email.length() > 254 || !EMAIL.matcher(email).matches() || email.contains("..") || email.startsWith(".")) {
			throw new IllegalArgumentException("not an email address");
		}
		int at = email.lastIndexOf('@');
		return email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	/** The Russian mobile number in E.164, or an exception when it is none. */
	public static String phone(String text) {
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

	/** Whether a person born on {@code birthDate} is of age (18) on {@code day}; unknown birth date: no. */
	public static boolean adultOn(@Nullable LocalDate birthDate, LocalDate day) {
		return birthDate != null && !day.isBefore(birthDate.plusYears(18));
	}

	@Override
	public String toString() {
		return "ApplicantContacts[email=" + (email != null) + ", phone=" + (phone != null) + "]";
	}
}
