package org.ejd.journal.marks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.Mark;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.ids.TimeOrderedIds;
import org.jspecify.annotations.Nullable;

/** journal.mark.posted on journal.marks.v1, keyed by student: per-student order. */
public record MarkPosted(UUID eventId, Instant occurredAt, Mark mark, String subjectName, @Nullable String enteredByClient,
		@Nullable UUID submissionId) implements IntegrationEvent {

	/**
	 * @param enteredByClient the integration client that entered it for the teacher (ADR 0042), or null
	 * @param submissionId the handed-in homework it marks (ADR 0044), or null
	 */
	public MarkPosted(Mark mark, String subjectName, @Nullable String enteredByClient, @Nullable UUID submissionId) {
		this(TimeOrderedIds.next(), mark.enteredAt(), mark, subjectName, enteredByClient, submissionId);
	}

	@Override public String topic() { return "journal.marks.v1"; }
	@Override public String type() { return "journal.mark.posted"; }
	@Override public String key() { return mark.studentId().toString(); }
	@Override public String subject() { return mark.id().toString(); }
	@Override public UUID schoolId() { return mark.schoolId(); }
	@Override public long version() { return mark.version(); }

	@Override
	public Object data() {
		Mark m = mark;
		return new Data(m.id(), m.studentId(), m.schoolId(), m.classGroupId(), m.subjectId(), subjectName, m.teacherId(),
				m.value().text(), m.value().points(), m.value().scale().wire(), m.workType().wire(), BigDecimal.valueOf(m.weight()),
				m.workDate(), m.enteredAt(), m.onTime(), m.comment(), m.counted(), enteredByClient, submissionId);
	}

	record Data(UUID markId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
			UUID teacherId, String value, Integer numericValue, String scale, String workType, BigDecimal weight,
			LocalDate workDate, Instant enteredAt, boolean onTime, String comment, boolean countsInAverage,
			@Nullable String enteredByClient, @Nullable UUID submissionId) {
	}
}
