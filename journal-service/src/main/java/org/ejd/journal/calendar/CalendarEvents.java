package org.ejd.journal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** What the journal tells the diary about the school calendar (D5, D6) and teachers' recommendations (D7). */
public final class CalendarEvents {

	private CalendarEvents() {
	}

	/** journal.school-event.published on journal.calendar.v1, keyed by school: a school or city event (D6). */
	public record SchoolEventPublished(UUID eventId, Instant occurredAt, UUID id, UUID school, String title,
			@Nullable String description, LocalDate startsOn, LocalDate endsOn, @Nullable String place, String scope)
			implements IntegrationEvent {

		@Override public String topic() { return "journal.calendar.v1"; }
		@Override public String type() { return "journal.school-event.published"; }
		@Override public String key() { return school.toString(); }
		@Override public String subject() { return id.toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return 1; }

		@Override
		public Object data() {
			return new Data(id, school, title, description, startsOn, endsOn, place, scope);
		}

		record Data(UUID schoolEventId, UUID schoolId, String title, String description, LocalDate startsOn, LocalDate endsOn,
				String place, String scope) {
		}
	}

	/** journal.holiday.defined on journal.calendar.v1, keyed by school (D5). */
	public record HolidayDefined(UUID eventId, Instant occurredAt, UUID id, UUID school, String name, LocalDate startDate,
			LocalDate endDate) implements IntegrationEvent {

		@Override public String topic() { return "journal.calendar.v1"; }
		@Override public String type() { return "journal.holiday.defined"; }
		@Override public String key() { return school.toString(); }
		@Override public String subject() { return id.toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return 1; }

		@Override
		public Object data() {
			return new Data(id, school, name, startDate, endDate);
		}

		record Data(UUID holidayId, UUID schoolId, String name, LocalDate startDate, LocalDate endDate) {
		}
	}

	/** journal.assessment.planned on journal.lessons.v1, keyed by class group: a test in the assessment plan (D5). */
	public record AssessmentPlanned(UUID eventId, Instant occurredAt, UUID id, UUID school, UUID classGroupId, UUID subjectId,
			String subjectName, LocalDate date, String title) implements IntegrationEvent {

		@Override public String topic() { return "journal.lessons.v1"; }
		@Override public String type() { return "journal.assessment.planned"; }
		@Override public String key() { return classGroupId.toString(); }
		@Override public String subject() { return id.toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return 1; }

		@Override
		public Object data() {
			return new Data(id, school, classGroupId, subjectId, subjectName, date, title);
		}

		record Data(UUID assessmentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName, LocalDate date,
				String title) {
		}
	}

	/** journal.recommendation.given on journal.recommendations.v1, keyed by student (D7). */
	public record RecommendationGiven(UUID eventId, Instant occurredAt, UUID id, UUID school, UUID studentId, UUID subjectId,
			String subjectName, UUID teacherId, String text) implements IntegrationEvent {

		@Override public String topic() { return "journal.recommendations.v1"; }
		@Override public String type() { return "journal.recommendation.given"; }
		@Override public String key() { return studentId.toString(); }
		@Override public String subject() { return id.toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return 1; }

		@Override
		public Object data() {
			return new Data(id, school, studentId, subjectId, subjectName, teacherId, text, occurredAt);
		}

		record Data(UUID recommendationId, UUID schoolId, UUID studentId, UUID subjectId, String subjectName, UUID teacherId,
				String text, Instant givenAt) {
		}
	}
}
