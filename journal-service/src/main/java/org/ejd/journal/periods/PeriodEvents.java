package org.ejd.journal.periods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/** journal.periods.v1: reporting periods (key: school) and summary marks with deferrals (key: student). */
final class PeriodEvents {

	static final String TOPIC = "journal.periods.v1";

	private PeriodEvents() {
	}

	/** journal.period.defined: a period's whole current state, including whether it is closed. */
	record PeriodDefined(UUID eventId, Instant occurredAt, ReportingPeriod period, long version) implements IntegrationEvent {

		PeriodDefined(ReportingPeriod period, long version) {
			this(UUID.randomUUID(), Instant.now(), period, version);
		}

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "journal.period.defined"; }
		@Override public String key() { return period.schoolId().toString(); }
		@Override public String subject() { return period.id().toString(); }
		@Override public UUID schoolId() { return period.schoolId(); }

		@Override
		public Object data() {
			ReportingPeriod p = period;
			return new Data(p.id(), p.schoolId(), p.academicYear(), p.name(), p.kind().wire(), p.startDate(), p.endDate(), p.closed());
		}

		record Data(UUID periodId, UUID schoolId, String academicYear, String name, String kind, LocalDate startDate,
				LocalDate endDate, boolean closed) {
		}
	}

	/** journal.grade.recorded: a period, year, exam or final mark, or its deferral (J6, J7, D1, D9). */
	record GradeRecorded(UUID eventId, Instant occurredAt, Grades.Grade grade, ReportingPeriod period, String subjectName)
			implements IntegrationEvent {

		GradeRecorded(Grades.Grade grade, ReportingPeriod period, String subjectName) {
			this(UUID.randomUUID(), Instant.now(), grade, period, subjectName);
		}

		@Override public String topic() { return TOPIC; }
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
}
