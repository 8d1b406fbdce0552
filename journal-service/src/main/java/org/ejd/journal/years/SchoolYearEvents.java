package org.ejd.journal.years;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/**
 * What the journal tells the diary of a year's archive state, on journal.periods.v1 keyed by school (ADR 0054): who closed or
 * reopened it, why, and the archive stay here. The version grows with every closing (2n+1) and reopening (2n) of the year.
 */
final class SchoolYearEvents {

	private SchoolYearEvents() {
	}

	/** journal.school-year.closed. */
	record Closed(UUID eventId, Instant occurredAt, ClosedYear year, long version) implements IntegrationEvent {

		Closed(ClosedYear year, long version) {
			this(UUID.randomUUID(), year.closedAt(), year, version);
		}

		@Override public String topic() { return "journal.periods.v1"; }
		@Override public String type() { return "journal.school-year.closed"; }
		@Override public String key() { return year.schoolId().toString(); }
		@Override public String subject() { return year.schoolId().toString(); }
		@Override public UUID schoolId() { return year.schoolId(); }

		@Override
		public Object data() {
			return new Data(year.schoolId(), year.academicYear(), year.firstDay(), year.lastDay(), year.closedAt());
		}

		record Data(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt) {
		}
	}

	/** journal.school-year.reopened. */
	record Reopened(UUID eventId, Instant occurredAt, ClosedYear year, Instant reopenedAt, long version) implements IntegrationEvent {

		Reopened(ClosedYear year, Instant reopenedAt, long version) {
			this(UUID.randomUUID(), reopenedAt, year, reopenedAt, version);
		}

		@Override public String topic() { return "journal.periods.v1"; }
		@Override public String type() { return "journal.school-year.reopened"; }
		@Override public String key() { return year.schoolId().toString(); }
		@Override public String subject() { return year.schoolId().toString(); }
		@Override public UUID schoolId() { return year.schoolId(); }

		@Override
		public Object data() {
			return new Data(year.schoolId(), year.academicYear(), year.firstDay(), year.lastDay(), year.closedAt(), reopenedAt);
		}

		record Data(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt, Instant reopenedAt) {
		}
	}
}
