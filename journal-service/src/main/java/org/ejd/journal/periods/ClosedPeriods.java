package org.ejd.journal.periods;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing rule (J11), written once for marks, grades and lessons: an entry dated in a closed
 * reporting period is taken only with a reason, which the journal keeps with it.
 */
@Component
public class ClosedPeriods {

	public static final String NEEDS_REASON = "journal.period.closed-needs-reason";

	private final Periods periods;

	ClosedPeriods(Periods periods) {
		this.periods = periods;
	}

	/** Whether a closed period of the school covers the day. */
	@Transactional(readOnly = true)
	public boolean closedOn(UUID schoolId, LocalDate day) {
		return periods.closedOn(schoolId, day).isPresent();
	}

	/** Whether an entry dated {@code day} may be made with this reason (none needed while the day's period is open). */
	@Transactional(readOnly = true)
	public boolean take(UUID schoolId, LocalDate day, @Nullable String reason) {
		return periods.closedOn(schoolId, day).map(period -> period.takes(reason)).orElse(true);
	}

	/**
	 * Whether an entry dated on a day is taken with this reason, whether a closed period covers the day having been
	 * read with the entry's other facts (ADR 0067): the rule of {@link ReportingPeriod#takes}.
	 */
	public static boolean takes(boolean closedOnDay, @Nullable String reason) {
		return !closedOnDay || (reason != null && !reason.isBlank());
	}

	/** The refusal of an entry in a closed period that gives no reason. */
	public static Refusal reasonMissing() {
		return Refusal.againstRule(NEEDS_REASON);
	}
}
