package org.ejd.journal.periods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/** journal.period.defined on journal.periods.v1, keyed by school: a period's whole current state, including whether it is closed. */
record PeriodDefined(UUID eventId, Instant occurredAt, ReportingPeriod period, long version) implements IntegrationEvent {

	PeriodDefined(ReportingPeriod period, long version, Instant occurredAt) {
		this(UUID.randomUUID(), occurredAt, period, version);
	}

	@Override public String topic() { return "journal.periods.v1"; }
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
