package org.ejd.notification.messages;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ejd.notification.recipients.Recipients;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a thread about a student (D10). The family (a guardian representing the student today, or the student) writes
 * to a member of staff linked to the student: a teacher of one of the student's class groups, the school admin or a
 * deputy head. Such a member of staff writes to the student's family. Nobody starts a thread without that link.
 */
@Service
public class StartingThread {

	static final int MAX_TOPIC = 200;

	private final Threads threads;

	private final ThreadAccess access;

	private final MessageLinks links;

	private final Recipients recipients;

	private final Posting posting;

	private final SchoolTime time;

	StartingThread(Threads threads, ThreadAccess access, MessageLinks links, Recipients recipients, Posting posting, SchoolTime time) {
		this.threads = threads;
		this.access = access;
		this.links = links;
		this.recipients = recipients;
		this.posting = posting;
		this.time = time;
	}

	/** @param staffId whom the family writes to; left out when staff write */
	// the annotations document what start() checks itself (text: ejd.notification.messages.max-length, 4000 unless configured)
	public record StartThread(@Nullable UUID studentId, @Nullable UUID staffId, @Nullable @Size(max = MAX_TOPIC) String topic,
			@Nullable @Size(max = 4000) String text) {
	}

	@Transactional
	public ThreadView start(Caller caller, StartThread start) {
		if (start.studentId() == null) {
			throw Refusal.invalid("messages.student-missing");
		}
		UUID studentId = start.studentId();
		UUID school = recipients.student(studentId).map(Recipients.Student::schoolId)
			.orElseThrow(() -> Refusal.unknown("messages.student.not-found"));
		LocalDate today = time.today(school);
		UUID staff;
		boolean fromStaff;
		if (access.isFamily(caller, studentId, school)) {
			if (start.staffId() == null) {
				throw Refusal.invalid("messages.recipient-missing");
			}
			if (!links.linked(start.staffId(), studentId, school, today)) {
				throw Refusal.againstRule("messages.no-link");
			}
			staff = start.staffId();
			fromStaff = false;
		}
		else if (caller.personId() != null && links.linked(caller.person(), studentId, school, today)) {
			staff = caller.person();
			fromStaff = true;
		}
		else {
			throw Refusal.unknown("messages.student.not-found");
		}
		String topic = start.topic() == null ? "" : start.topic().strip();
		if (topic.isEmpty() || topic.length() > MAX_TOPIC) {
			throw Refusal.invalid("messages.topic", MAX_TOPIC);
		}
		String text = posting.text(start.text());
		posting.notBlocked(caller.person(), school);
		posting.withinRate(caller.person());
		var now = time.now();
		Threads.Thread thread = new Threads.Thread(UUID.randomUUID(), school, studentId, staff, topic, caller.person(), now, now);
		threads.insert(thread);
		Threads.Posted first = posting.post(thread, caller.person(), fromStaff, text, java.util.List.of());
		return ThreadView.of(thread, 0,
				java.util.List.of(MessageView.of(first, fromStaff ? first.seq() : 0, fromStaff ? 0 : first.seq(), java.util.List.of())));
	}
}
