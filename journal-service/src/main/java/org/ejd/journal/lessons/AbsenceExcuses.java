package org.ejd.journal.lessons;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a guardian's accepted absence note covers a student's lesson, and with which reason: an absence the teacher
 * takes for such a lesson is recorded as excused. Answered by the absence notes, which build on lessons, not the reverse.
 */
public interface AbsenceExcuses {

	Optional<String> excuseFor(UUID studentId, Lesson lesson);
}
