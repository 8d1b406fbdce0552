package org.ejd.journal.marks;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.WorkType;

/** Whether a mark came in time by its school's deadlines (J1–J3); the school's deadline policy answers it. */
public interface MarkDeadlines {

	boolean markOnTime(UUID schoolId, WorkType type, LocalDate workDate, LocalDate enteredOn);
}
