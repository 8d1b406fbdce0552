package org.ejd.journal.lessons;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Where a lesson is held, as the school names it ("214", "Спортзал"): at most {@value #MAX_LENGTH} characters as sent (the
 * documented {@code maxLength}, spaces around it included), kept trimmed.
 */
public final class Room {

	public static final int MAX_LENGTH = 32;

	private Room() {
	}

	/**
	 * The room as kept and published: trimmed, null when none is given (absent or blank); longer than the limit as sent is
	 * refused, however much of it is spaces.
	 */
	public static @Nullable String of(@Nullable String text) {
		if (text != null && tooLong(text)) {
			throw Refusal.invalid("journal.room.too-long", MAX_LENGTH);
		}
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Longer than a room may be, counted as sent (what the document's {@code maxLength} says). */
	public static boolean tooLong(String text) {
		return text.length() > MAX_LENGTH;
	}
}
