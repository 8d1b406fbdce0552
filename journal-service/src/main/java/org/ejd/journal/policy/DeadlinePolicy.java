package org.ejd.journal.policy;

import java.time.LocalDate;

import org.ejd.journal.marks.domain.WorkType;

/**
 * A school's deadlines for journal entries (J1–J6), set by its local act (J10). Defaults are those
 * of DOMAIN.md. Each entry records whether it was on time when it was made; a later change of the
 * policy never rewrites past flags.
 *
 * @param currentMarkDays days after the lesson for a current (oral) mark (J1: 3)
 * @param writtenMarkDays days after written work, tests, homework and labs (J2: 6)
 * @param distanceMarkDays days after distance work (J3: 0, the same day)
 * @param topicDays days after the lesson for its topic and homework (J4: 0, the same day)
 * @param absenceDays days after the lesson for absences (J5: 24 hours, i.e. 1)
 * @param periodMarkDays days after a reporting period ends for its marks (J6: 2)
 */
public record DeadlinePolicy(int currentMarkDays, int writtenMarkDays, int distanceMarkDays, int topicDays, int absenceDays,
		int periodMarkDays) {

	public static final DeadlinePolicy DEFAULTS = new DeadlinePolicy(3, 6, 0, 0, 1, 2);

	public DeadlinePolicy {
		for (int days : new int[] { currentMarkDays, writtenMarkDays, distanceMarkDays, topicDays, absenceDays, periodMarkDays }) {
			if (days < 0 || days > 30) {
				throw new IllegalArgumentException("a deadline is 0 to 30 days");
			}
		}
	}

	public boolean markOnTime(WorkType type, LocalDate workDate, LocalDate enteredOn) {
		int days = switch (type) {
			case ORAL, OTHER -> currentMarkDays;
			case WRITTEN, TEST, HOMEWORK, LAB -> writtenMarkDays;
			case DISTANCE -> distanceMarkDays;
		};
		return !enteredOn.isAfter(workDate.plusDays(days));
	}

	public boolean topicOnTime(LocalDate lessonDate, LocalDate enteredOn) {
		return !enteredOn.isAfter(lessonDate.plusDays(topicDays));
	}

	public boolean absenceOnTime(LocalDate lessonDate, LocalDate enteredOn) {
		return !enteredOn.isAfter(lessonDate.plusDays(absenceDays));
	}
}
