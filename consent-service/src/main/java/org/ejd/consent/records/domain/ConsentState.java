package org.ejd.consent.records.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Where a person's consent stands after their history so far. */
public record ConsentState(Status status, @Nullable String textVersion, @Nullable Instant since, @Nullable UUID givenBy,
		long version) {

	public enum Status {

		/** Nothing registered yet: no consent, so nothing may be processed or sent. */
		NONE, GIVEN, REFUSED, WITHDRAWN;

		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static final ConsentState NONE = new ConsentState(Status.NONE, null, null, null, 0);

	/** The one thing a consumer decides on: personal data may be processed only under a consent given and not withdrawn. */
	public boolean processingAllowed() {
		return status == Status.GIVEN;
	}
}
