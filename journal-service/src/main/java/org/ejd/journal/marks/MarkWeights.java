package org.ejd.journal.marks;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.WorkType;

/** The weight of a kind of work at a school on a day, which a mark keeps (docs/adr/0008); the averaging policy answers it. */
public interface MarkWeights {

	double weightOf(UUID schoolId, WorkType type, LocalDate workDate);
}
