package org.ejd.journal.marks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.WorkType;
import org.jspecify.annotations.Nullable;

/** The weight of a kind of work at a school on a day, which a mark keeps (docs/adr/0008); the averaging policy answers it. */
public interface MarkWeights {

	double weightOf(UUID schoolId, WorkType type, LocalDate workDate);

	/**
	 * The weight of a kind of work by the policy in force, its column for that kind already read with the mark's other
	 * facts (ADR 0067); null when the school has no policy in force on the day.
	 */
	double weightOf(WorkType type, @Nullable BigDecimal policyWeight);
}
