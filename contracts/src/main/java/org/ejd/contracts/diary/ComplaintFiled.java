package org.ejd.contracts.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A family complained that the diary lacks information or shows it wrong (D12); the free text stays in the diary. */
public record ComplaintFiled(UUID complaintId, String number, UUID schoolId, UUID studentId, UUID complainantId, String form,
		UUID registeredBy, @Nullable String subjectName, @Nullable LocalDate from, @Nullable LocalDate to, Instant filedAt,
		LocalDate dueOn) implements DiaryEvent {

	public static final String TYPE = "diary.complaint.filed";

	public static final String TOPIC = "diary.complaints.v1";
}
