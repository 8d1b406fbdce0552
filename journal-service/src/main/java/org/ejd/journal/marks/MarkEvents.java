package org.ejd.journal.marks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.Mark;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.ids.TimeOrderedIds;
import org.jspecify.annotations.Nullable;

/** journal.marks.v1: what the journal tells the diary about marks. Key: the student, for per-student order. */
final class MarkEvents {

	static final String TOPIC = "journal.marks.v1";

	private MarkEvents() {
	}

	/** journal.mark.corrected: the mark's new value; the diary replaces the old one. */
	record MarkCorrected(UUID eventId, Instant occurredAt, Mark mark, String subjectName, UUID correctedBy, String reason,
			@Nullable String correctedByClient) implements IntegrationEvent {

		MarkCorrected(Mark mark, String subjectName, UUID correctedBy, String reason, Instant correctedAt,
				@Nullable String correctedByClient) {
			this(TimeOrderedIds.next(), correctedAt, mark, subjectName, correctedBy, reason, correctedByClient);
		}

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "journal.mark.corrected"; }
		@Override public String key() { return mark.studentId().toString(); }
		@Override public String subject() { return mark.id().toString(); }
		@Override public UUID schoolId() { return mark.schoolId(); }
		@Override public long version() { return mark.version(); }

		@Override
		public Object data() {
			Mark m = mark;
			return new Data(m.id(), m.studentId(), m.schoolId(), m.classGroupId(), m.subjectId(), subjectName, m.teacherId(),
					m.value().text(), m.value().points(), m.value().scale().wire(), m.workType().wire(),
					BigDecimal.valueOf(m.weight()), m.workDate(), occurredAt, correctedBy, reason, m.comment(), m.counted(),
					correctedByClient);
		}

		record Data(UUID markId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
				UUID teacherId, String value, Integer numericValue, String scale, String workType, BigDecimal weight,
				LocalDate workDate, Instant correctedAt, UUID correctedBy, String reason, String comment,
				boolean countsInAverage, @Nullable String correctedByClient) {
		}
	}

	/** journal.mark.deleted: the mark no longer counts; the diary hides it. */
	record MarkDeleted(UUID eventId, Instant occurredAt, Mark mark, UUID deletedBy, String reason,
			@Nullable String deletedByClient) implements IntegrationEvent {

		MarkDeleted(Mark mark, UUID deletedBy, String reason, Instant deletedAt, @Nullable String deletedByClient) {
			this(TimeOrderedIds.next(), deletedAt, mark, deletedBy, reason, deletedByClient);
		}

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "journal.mark.deleted"; }
		@Override public String key() { return mark.studentId().toString(); }
		@Override public String subject() { return mark.id().toString(); }
		@Override public UUID schoolId() { return mark.schoolId(); }
		@Override public long version() { return mark.version(); }

		@Override
		public Object data() {
			return new Data(mark.id(), mark.studentId(), mark.schoolId(), occurredAt, deletedBy, reason, deletedByClient);
		}

		record Data(UUID markId, UUID studentId, UUID schoolId, Instant deletedAt, UUID deletedBy, String reason,
				@Nullable String deletedByClient) {
		}
	}
}
