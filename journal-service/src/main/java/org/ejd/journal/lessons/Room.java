package org.ejd.journal.lessons;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/** Where a lesson is held, as the school names it ("214", "Спортзал"): trimmed, 1 to {@value #MAX_LENGTH} characters. */
public final class Room {

	public static final int MAX_LENGTH = 32;

	private Room() {
	}

	/** The room as kept and published: trimmed, null when none is given (absent or blank); longer than the limit is refused. */
	public static @Nullable String of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String room = text.strip();
		if (room.length() > MAX_LENGTH) {
			throw Refusal.invalid("journal.room.too-long", MAX_LENGTH);
		}
		return room;
	}
}
