package org.ejd.contracts.diary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The school answered a complaint and closed it (D12), naming the journal entries that now fill the gap. */
public record ComplaintAnswered(UUID complaintId, String number, UUID schoolId, UUID studentId, UUID complainantId, String form,
		UUID answeredBy, Instant answeredAt, boolean onTime, List<UUID> markIds, List<UUID> lessonIds) implements DiaryEvent {

	public static final String TYPE = "diary.complaint.answered";

	public static final String TOPIC = "diary.complaints.v1";
}
