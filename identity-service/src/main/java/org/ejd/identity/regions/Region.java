package org.ejd.identity.regions;

/**
 * A subject of the Russian Federation: its two-digit code, its name, and the time zone of its
 * capital, which a school of the region has unless it says otherwise.
 */
public record Region(String code, String name, String timeZone) {

	/**
	 * The longest region code a path takes: codes are two digits, an unknown one of up to this length is 404 (no such
	 * region), a longer one 400.
	 */
	public static final int MAX_CODE_LENGTH = 10;
}
