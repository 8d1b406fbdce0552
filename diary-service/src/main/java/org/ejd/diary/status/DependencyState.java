package org.ejd.diary.status;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a dependency answered the last check. */
enum DependencyState {

	/** It answered and is ready. */
	UP,
	/** It answers but is not ready, or (Kafka) the diary's consumers are behind it. */
	DEGRADED,
	/** It did not answer within the probe's time. */
	DOWN,
	/** Nothing configured to ask ({@code ejd.diary.status.services}). */
	UNKNOWN;

	@JsonValue
	String wire() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
