package org.ejd.identity.people;

/**
 * СНИЛС: 11 digits, the last two a checksum of the first nine. Stored as digits only; never
 * logged or published in clear text.
 */
public record Snils(String digits) {

	public Snils {
		if (!isValid(digits)) {
			throw new IllegalArgumentException("invalid SNILS");
		}
	}

	/** Accepts {@code 112-233-445 95}, {@code 11223344595} and the like. */
	public static Snils parse(String text) {
		return new Snils(text == null ? "" : text.replaceAll("[\\s-]", ""));
	}

	public static boolean isValid(String digits) {
		if (digits == null || !digits.matches("\\d{11}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (9 - i);
		}
		int check = sum < 100 ? sum : sum == 100 || sum == 101 ? 0 : sum % 101;
		if (check == 100) {
			check = 0;
		}
		return check == Integer.parseInt(digits.substring(9));
	}

	/** For people reading a screen: only the last three digits of the number. */
	public String masked() {
		return "***-***-" + digits.substring(6, 9) + " **";
	}

	@Override
	public String toString() {
		return masked();
	}
}
