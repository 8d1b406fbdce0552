package org.ejd.platform.events;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;

/**
 * The contracts' {@code "format": "uuid"}, as the validator's own format reads it (8-4-4-4-12 hexadecimal digits, either
 * case), checked a character at a time. The validator's regular expression took a quarter of each event's check: a mark
 * carries eight ids, and every consumer checks every event (ADR 0110).
 */
final class UuidFormat implements Format {

	private static final int LENGTH = 36;

	@Override
	public String getName() {
		return "uuid";
	}

	@Override
	public String getMessageKey() {
		return "format.uuid";
	}

	@Override
	public boolean matches(ExecutionContext context, String value) {
		return isUuid(value);
	}

	static boolean isUuid(String value) {
		if (value.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = value.charAt(i);
			boolean ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-'
					: (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			if (!ok) {
				return false;
			}
		}
		return true;
	}
}
