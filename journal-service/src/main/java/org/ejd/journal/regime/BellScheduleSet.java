package org.ejd.journal.regime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/** journal.bell-schedule.set on journal.regime.v1, keyed by school: a version of a shift's bells (D3). */
record BellScheduleSet(UUID eventId, Instant occurredAt, BellSchedule schedule, UUID setBy) implements IntegrationEvent {

	BellScheduleSet(BellSchedule schedule, UUID setBy, Instant setAt) {
		this(UUID.randomUUID(), setAt, schedule, setBy);
	}

	@Override public String topic() { return "journal.regime.v1"; }
	@Override public String type() { return "journal.bell-schedule.set"; }
	@Override public String key() { return schedule.schoolId().toString(); }
	@Override public String subject() { return schedule.schoolId().toString(); }
	@Override public UUID schoolId() { return schedule.schoolId(); }
	@Override public long version() { return schedule.version(); }

	@Override
	public Object data() {
		return new Data(schedule.schoolId(), schedule.shift(), schedule.effectiveFrom(),
				schedule.lessons().stream().map(b -> new Bell(b.number(), b.start().toString(), b.end().toString())).toList(), setBy,
				occurredAt);
	}

	record Data(UUID schoolId, int shift, LocalDate effectiveFrom, List<Bell> lessons, UUID setBy, Instant setAt) {
	}

	/** HH:mm on the school's wall clock. */
	record Bell(int number, String start, String end) {
	}
}
