package org.ejd.journal.marks;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.WorkType;
import org.jspecify.annotations.Nullable;

/** Whether a mark came in time by its school's deadlines (J1–J3); the school's deadline policy answers it. */
public interface MarkDeadlines {

	boolean markOnTime(UUID schoolId, WorkType type, LocalDate workDate, LocalDate enteredOn);

	/**
	 * The same by the days of the school's policy already read with the mark's other facts (ADR 0067); null when the
	 * school has set none.
	 */
	boolean markOnTime(@Nullable Days policy, WorkType type, LocalDate workDate, LocalDate enteredOn);

	/** A deadline policy's days for marks: current (oral) work, written work, distance work. */
	record Days(int currentMarkDays, int writtenMarkDays, int distanceMarkDays) {
	}
}
