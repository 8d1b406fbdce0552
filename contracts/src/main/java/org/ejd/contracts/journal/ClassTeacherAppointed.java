package org.ejd.contracts.journal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The class teacher (классный руководитель) of a class group, as the school admin appointed them; a later one replaces it. */
public record ClassTeacherAppointed(UUID classGroupId, UUID schoolId, UUID teacherId, @Nullable String teacherName, Instant appointedAt)
		implements JournalEvent {

	public static final String TYPE = "journal.class-teacher.appointed";

	public static final String TOPIC = "journal.teaching.v1";
}
