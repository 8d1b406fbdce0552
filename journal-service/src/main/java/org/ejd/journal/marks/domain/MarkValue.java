package org.ejd.journal.marks.domain;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A mark as the journal writes it: 1–5, зачёт/незачёт, or a note such as «н/а» (not assessed)
 * or «осв» (exempt). Only five-point marks count in averages.
 */
public record MarkValue(String text, Scale scale, @Nullable Integer points) {

	public enum Scale {
		FIVE_POINT("five-point"), PASS_FAIL("pass-fail"), NOTE("note");

		private final String wire;

		Scale(String wire) {
			this.wire = wire;
		}

		public String wire() {
			return wire;
		}
	}

	/** Reads what a teacher typed; empty when it is no mark of any scale. */
	public static Optional<MarkValue> parse(String text) {
		String value = text == null ? "" : text.strip().toLowerCase();
		return switch (value) {
			case "1", "2", "3", "4", "5" -> Optional.of(new MarkValue(value, Scale.FIVE_POINT, Integer.parseInt(value)));
			case "зачёт", "зачет", "зач" -> Optional.of(new MarkValue("зачёт", Scale.PASS_FAIL, null));
			case "незачёт", "незачет", "незач" -> Optional.of(new MarkValue("незачёт", Scale.PASS_FAIL, null));
			case "н/а", "осв" -> Optional.of(new MarkValue(value, Scale.NOTE, null));
			default -> Optional.empty();
		};
	}
}
