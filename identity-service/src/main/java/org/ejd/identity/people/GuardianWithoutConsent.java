package org.ejd.identity.people;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * A guardian of the school with no consent in force to process their personal data, so without a SNILS on file (C4).
 *
 * @param consent {@code none} (never recorded), {@code refused} or {@code withdrawn}
 * @param since when that refusal or withdrawal was recorded; null for none
 */
public record GuardianWithoutConsent(UUID personId, String lastName, String firstName, @Nullable String middleName,
		@Schema(allowableValues = { "none", "given", "refused", "withdrawn" }) String consent,
		@Nullable Instant since) {
}
