package org.ejd.diary.lessons;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.AssessmentPlanned;
import org.ejd.contracts.journal.AttendanceRecorded;
import org.ejd.contracts.journal.LessonRecorded;
import org.ejd.contracts.journal.StudentEnrolled;
import org.ejd.contracts.journal.TeacherAssigned;
import org.ejd.diary.calendar.DiaryCalendar;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/** Feeds {@link DiaryLessons} from journal's enrolment, lesson and attendance topics. */
@Component
class JournalLessonEvents {

	private final EventInbox inbox;

	private final DiaryLessons lessons;

	private final DiaryCalendar calendar;

	private final ObjectMapper json;

	JournalLessonEvents(EventInbox inbox, DiaryLessons lessons, DiaryCalendar calendar, ObjectMapper json) {
		this.inbox = inbox;
		this.lessons = lessons;
		this.calendar = calendar;
		this.json = json;
	}

	@KafkaListener(id = "diary-lessons", topics = { StudentEnrolled.TOPIC, LessonRecorded.TOPIC, AttendanceRecorded.TOPIC,
			TeacherAssigned.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.lessons", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case StudentEnrolled e -> lessons.enrol(e.enrolmentId(), e.studentId(), e.classGroupId(), e.classGroupName(),
					e.schoolId(), e.from(), e.to(), event.time());
			case LessonRecorded l -> lessons.upsertLesson(l,
					l.attachments() == null ? null : json.writeValueAsString(l.attachments()), event.version(), event.time());
			case AttendanceRecorded a -> lessons.upsertAttendance(new DiaryLessons.AttendanceView(a.lessonId(), a.studentId(),
					a.subjectName(), a.date(), a.periodNo(), a.status(), a.reason(), a.minutesLate()), a.schoolId(), event.version(),
					event.time());
			case TeacherAssigned t -> lessons.teacher(t.assignmentId(), t.classGroupId(), t.subjectName(), t.teacherName(),
					t.from(), t.to(), event.time());
			case AssessmentPlanned p -> calendar.assessment(p.assessmentId(), p.classGroupId(), p.subjectName(), p.date(),
					p.title());
			default -> {
				// a type this build does not know yet
			}
		}
	}
}
