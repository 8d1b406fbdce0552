package org.ejd.platform.web.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;

/**
 * Where a page ended: the sort key of its last item, opaque to the caller (base64url of the key's parts). A list reads
 * on from it with a keyset condition ({@code (a, b, id) > (?, ?, ?)}), so a page never repeats or skips an item because
 * something was added before it. A cursor the caller made up or cut is refused (400), never a 500.
 */
public record Cursor(List<String> parts) {

	static final String VERSION = "1";

	private static final char SEPARATOR = '\u001f';

	public Cursor {
		parts = List.copyOf(parts);
	}

	public static Cursor of(Object... parts) {
		return new Cursor(Arrays.stream(parts).map(String::valueOf).toList());
	}

	/** The text a client sends back as {@code cursor}. */
	public String encode() {
		String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), parts);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor a client sent, expected to have {@code size} parts; anything else is refused as a bad cursor (400). */
	public static Cursor decode(String text, int size) {
		try {
			String joined = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			List<String> all = List.of(joined.split(String.valueOf(SEPARATOR), -1));
			if (all.size() != size + 1 || !all.getFirst().equals(VERSION)) {
				throw Refusal.invalid("problem.paging.bad-cursor");
			}
			return new Cursor(all.subList(1, all.size()));
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	public String part(int index) {
		return parts.get(index);
	}

	/** The part as a date; a cursor whose part is no date is refused as a bad cursor (400). */
	public LocalDate date(int index) {
		try {
			return LocalDate.parse(part(index));
		}
		catch (DateTimeParseException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	/** The part as an instant with offset; anything else is refused as a bad cursor (400). */
	public OffsetDateTime time(int index) {
		try {
			return OffsetDateTime.parse(part(index));
		}
		catch (DateTimeParseException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	/** The part as a whole number; anything else is refused as a bad cursor (400). */
	public int integer(int index) {
		try {
			return Integer.parseInt(part(index));
		}
		catch (NumberFormatException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	/** The part as a UUID; anything else is refused as a bad cursor (400). */
	public UUID uuid(int index) {
		try {
			return UUID.fromString(part(index));
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}
}
