package org.ejd.platform.events;

import java.util.Locale;

/**
 * How an event type's envelope {@code version} grows, as {@code contracts/topics.json} declares it per type
 * ({@code "version": "sequence"}): what a plausible next version is depends on it (docs/adr/0059).
 */
public enum VersionKind {

	/** The aggregate's change count: 1, 2, 3…; a few may be skipped (changes not published on this topic), never thousands. */
	SEQUENCE,

	/** The instant of the change in epoch milliseconds: never later than now by more than the clocks' skew. */
	EPOCH_MILLIS,

	/** A day as epoch days (a forecast's week): never further ahead than the day bound. */
	EPOCH_DAY;

	/** The catalogue's spelling: {@code sequence}, {@code epoch-millis}, {@code epoch-day}. */
	public String wire() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static VersionKind of(String wire) {
		for (VersionKind kind : values()) {
			if (kind.wire().equals(wire)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown version kind '" + wire + "' (sequence, epoch-millis, epoch-day)");
	}
}
