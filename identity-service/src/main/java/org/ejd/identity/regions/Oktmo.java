package org.ejd.identity.regions;

/**
 * ОКТМО, the all-Russian classifier code of a municipal territory: 8 digits for a municipality,
 * 11 for a settlement within one. Stored as digits only.
 */
public record Oktmo(String digits) {

	public Oktmo {
		if (!isValid(digits)) {
			throw new IllegalArgumentException("invalid OKTMO");
		}
	}

	/** Accepts {@code 47730000}, {@code 47 730 000}, {@code 47701000001} and the like. */
	public static Oktmo parse(String text) {
		return new Oktmo(text == null ? "" : text.replaceAll("\\s", ""));
	}

	public static boolean isValid(String digits) {
		return digits != null && digits.matches("\\d{8}|\\d{11}");
	}
}
