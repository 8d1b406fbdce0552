package org.ejd.contracts.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A school's weights of work types for averages, in force from {@code effectiveFrom}. {@code weights}
 * is a map because the schema lets it grow by work type (every one of oral, written, test, homework,
 * distance, lab and other is present). {@code roundUpFrom} is the school's forecast rounding threshold (0.50–0.90,
 * docs/adr/0014), absent while the school has set none.
 */
public record AveragingPolicyChanged(UUID schoolId, int version, LocalDate effectiveFrom, Map<String, BigDecimal> weights,
		@Nullable BigDecimal roundUpFrom) implements JournalEvent {

	public static final String TYPE = "journal.averaging-policy.changed";

	public static final String TOPIC = "journal.policies.v1";
}
