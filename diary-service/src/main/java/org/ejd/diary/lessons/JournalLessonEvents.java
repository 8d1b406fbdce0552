package org.ejd.diary.lessons;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.diary.calendar.DiaryCalendar;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds {@link DiaryLessons} from journal's enrolment, lesson and attendance topics. */
@Component
class JournalLessonEvents {

	private final EventInbox inbox;

	private final DiaryLessons lessons;

	private final DiaryCalendar calendar;

	JournalLessonEvents(EventInbox inbox, DiaryLessons lessons, DiaryCalendar calendar) {
		this.inbox = inbox;
		this.lessons = lessons;
		this.calendar = calendar;
	}

	@KafkaListener(id = "diary-lessons", topics = { "journal.enrolments.v1", "journal.lessons.v1", "journal.attendance.v1",
			"journal.teaching.v1" })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.lessons", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		JsonNode d = event.data();
		switch (event.type()) {
			case "journal.student.enrolled" -> lessons.enrol(uuid(d, "enrolmentId"), uuid(d, "studentId"), uuid(d, "classGroupId"),
					d.get("classGroupName").asString(), uuid(d, "schoolId"), date(d, "from"), d.hasNonNull("to") ? date(d, "to") : null);
			case "journal.lesson.recorded" -> lessons.upsertLesson(new DiaryLessons.LessonView(uuid(d, "lessonId"),
					uuid(d, "classGroupId"), d.get("subjectName").asString(), date(d, "date"), d.get("periodNo").asInt(),
					d.get("lessonType").asString(), text(d, "topic"), text(d, "homework"),
					d.hasNonNull("homeworkDue") ? date(d, "homeworkDue") : null, d.hasNonNull("substituteTeacherId"),
					d.hasNonNull("movedFromDate") ? date(d, "movedFromDate") : null,
					d.hasNonNull("attachments") ? d.get("attachments").toString() : null), event.version());
			case "journal.attendance.recorded" -> lessons.upsertAttendance(new DiaryLessons.AttendanceView(uuid(d, "lessonId"),
					uuid(d, "studentId"), d.get("subjectName").asString(), date(d, "date"), d.get("periodNo").asInt(),
					d.get("status").asString(), text(d, "reason"), d.hasNonNull("minutesLate") ? d.get("minutesLate").asInt() : null),
					event.version());
			case "journal.teacher.assigned" -> lessons.teacher(uuid(d, "assignmentId"), uuid(d, "classGroupId"),
					d.get("subjectName").asString(), d.get("teacherName").asString(), date(d, "from"),
					d.hasNonNull("to") ? date(d, "to") : null);
			case "journal.assessment.planned" -> calendar.assessment(uuid(d, "assessmentId"), uuid(d, "classGroupId"),
					d.get("subjectName").asString(), date(d, "date"), d.get("title").asString());
			default -> {
				// a type this build does not know yet
			}
		}
	}

	private static UUID uuid(JsonNode d, String field) {
		return UUID.fromString(d.get(field).asString());
	}

	private static LocalDate date(JsonNode d, String field) {
		return LocalDate.parse(d.get(field).asString());
	}

	private static String text(JsonNode d, String field) {
		return d.hasNonNull(field) ? d.get(field).asString() : null;
	}
}
