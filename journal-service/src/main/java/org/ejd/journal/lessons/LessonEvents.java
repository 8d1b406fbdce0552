package org.ejd.journal.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.ids.TimeOrderedIds;

/** What the journal tells about lessons (journal.lessons.v1, key: class group) and attendance (journal.attendance.v1, key: student). */
final class LessonEvents {

	/** A homework file as the diary shows it: name, type, size and a signed download path. */
	record AttachmentLink(UUID attachmentId, String fileName, String contentType, long sizeBytes, String href) {
	}

	private LessonEvents() {
	}

	/** journal.lesson.recorded: the lesson's whole current state (topic, type, homework). */
	record LessonRecorded(UUID eventId, Instant occurredAt, Lesson lesson, String subjectName, List<AttachmentLink> attachments,
			String teacherName, String substituteName, String cancellationReason) implements IntegrationEvent {

		/** Names are "" while identity has not told them; a null reason means the lesson takes place. */
		LessonRecorded(Lesson lesson, String subjectName, List<AttachmentLink> attachments, Instant occurredAt, String teacherName,
				String substituteName, String cancellationReason) {
			this(TimeOrderedIds.next(), occurredAt, lesson, subjectName, attachments, teacherName, substituteName, cancellationReason);
		}

		@Override public String topic() { return "journal.lessons.v1"; }
		@Override public String type() { return "journal.lesson.recorded"; }
		@Override public String key() { return lesson.classGroupId().toString(); }
		@Override public String subject() { return lesson.id().toString(); }
		@Override public UUID schoolId() { return lesson.schoolId(); }
		@Override public long version() { return lesson.version(); }

		@Override
		public Object data() {
			Lesson l = lesson;
			Lesson.Change c = l.change();
			return new Data(l.id(), l.schoolId(), l.classGroupId(), l.subjectId(), subjectName, l.teacherId(), l.date(),
					l.periodNo(), l.type().wire(), l.topic(), l.homework(), l.homeworkDue(), l.topicOnTime(),
					c == null ? null : c.substituteId(), c == null ? null : c.movedFromDate(), c == null ? null : c.movedFromPeriod(),
					c == null ? null : c.reason(), attachments.isEmpty() ? null : attachments, blankToNull(teacherName),
					c == null || c.substituteId() == null ? null : blankToNull(substituteName), cancellationReason == null ? null : true,
					cancellationReason, l.room());
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text;
		}

		record Data(UUID lessonId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName, UUID teacherId,
				LocalDate date, int periodNo, String lessonType, String topic, String homework, LocalDate homeworkDue,
				boolean topicOnTime, UUID substituteTeacherId, LocalDate movedFromDate, Integer movedFromPeriod,
				String changeReason, List<AttachmentLink> attachments, String teacherName, String substituteTeacherName,
				Boolean cancelled, String cancellationReason, String room) {
		}
	}

	/** journal.attendance.recorded: one student's attendance at one lesson. */
	record AttendanceRecorded(UUID eventId, Instant occurredAt, Lesson lesson, String subjectName, UUID studentId,
			AttendanceStatus status, String reason, Integer minutesLate, boolean onTime, long version) implements IntegrationEvent {

		AttendanceRecorded(Lesson lesson, String subjectName, UUID studentId, AttendanceStatus status, String reason,
				Integer minutesLate, boolean onTime, long version, Instant recordedAt) {
			this(TimeOrderedIds.next(), recordedAt, lesson, subjectName, studentId, status, reason, minutesLate, onTime, version);
		}

		@Override public String topic() { return "journal.attendance.v1"; }
		@Override public String type() { return "journal.attendance.recorded"; }
		@Override public String key() { return studentId.toString(); }
		@Override public String subject() { return lesson.id() + "/" + studentId; }
		@Override public UUID schoolId() { return lesson.schoolId(); }

		@Override
		public Object data() {
			return new Data(lesson.id(), studentId, lesson.schoolId(), lesson.classGroupId(), lesson.subjectId(), subjectName,
					lesson.date(), lesson.periodNo(), status.wire(), reason, minutesLate, occurredAt, onTime);
		}

		record Data(UUID lessonId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
				LocalDate date, int periodNo, String status, String reason, Integer minutesLate, Instant recordedAt,
				boolean onTime) {
		}
	}
}
