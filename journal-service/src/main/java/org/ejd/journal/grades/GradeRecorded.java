package org.ejd.journal.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.periods.ReportingPeriod;
import org.ejd.platform.events.IntegrationEvent;

/** journal.grade.recorded on journal.periods.v1, keyed by student: a period, year, exam or final mark, or its deferral (J6, J7, D1, D9). */
record GradeRecorded(UUID eventId, Instant occurredAt, Grades.Grade grade, ReportingPeriod period, String subjectName)
		implements IntegrationEvent {

	GradeRecorded(Grades.Grade grade, ReportingPeriod period, String subjectName) {
		this(UUID.randomUUID(), grade.enteredAt().toInstant(), grade, period, subjectName);
	}

	@Override public String topic() { return "journal.periods.v1"; }
	@Override public String type() { return "journal.grade.recorded"; }
	@Override public String key() { return grade.studentId().toString(); }
	@Override public String subject() { return grade.id().toString(); }
	@Override public UUID schoolId() { return grade.schoolId(); }
	@Override public long version() { return grade.version(); }

	@Override
	public Object data() {
		Grades.Grade g = grade;
		return new Data(g.id(), g.studentId(), g.schoolId(), g.classGroupId(), g.subjectId(), subjectName, period.id(),
				period.name(), period.academicYear(), g.kind().toLowerCase(), g.value(), g.points(), g.deferredUntil(),
				g.deferralReason(), g.enteredAt().toInstant(), g.onTime());
	}

	record Data(UUID gradeId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
			UUID periodId, String periodName, String academicYear, String kind, String value, Integer numericValue,
			LocalDate deferredUntil, String deferralReason, Instant recordedAt, boolean onTime) {
	}
}
