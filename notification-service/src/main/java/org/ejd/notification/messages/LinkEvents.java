package org.ejd.notification.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.StaffAppointed;
import org.ejd.contracts.journal.ClassTeacherAppointed;
import org.ejd.contracts.journal.StudentEnrolled;
import org.ejd.contracts.journal.TeacherAssigned;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link MessageLinks}: staff roles from identity, teaching, class teachers and enrolments from the journal. */
@Component
class LinkEvents {

	private final EventInbox inbox;

	private final MessageLinks links;

	LinkEvents(EventInbox inbox, MessageLinks links) {
		this.inbox = inbox;
		this.links = links;
	}

	@KafkaListener(id = "notification-message-links", topics = { StaffAppointed.TOPIC, TeacherAssigned.TOPIC, StudentEnrolled.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("notification.message-links", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case StaffAppointed s -> links.upsertStaff(s.personId(), s.schoolId(), s.roles(), s.lastName(), s.firstName(), event.version());
			case TeacherAssigned t -> links.upsertTeaching(t.assignmentId(), t.schoolId(), t.classGroupId(), t.subjectName(),
					t.teacherId(), t.teacherName(), t.from(), t.to(), event.version());
			case ClassTeacherAppointed c -> links.upsertClassLeader(c.classGroupId(), c.schoolId(), c.teacherId(), c.teacherName(),
					event.version());
			case StudentEnrolled e -> links.upsertEnrolment(e.enrolmentId(), e.studentId(), e.classGroupId(), e.schoolId(), e.from(),
					e.to(), event.version());
			default -> {
				// nothing else on these topics links people
			}
		}
	}
}
