package org.ejd.notification.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.notification.recipients.Recipients;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a thread: its member of staff, and the student's family (the guardians representing the student on the
 * school's today, and the student themself). Everyone else gets 404: a refusal never tells whether a thread exists.
 */
@Component
class ThreadAccess {

	private final Recipients recipients;

	private final Threads threads;

	private final SchoolTime time;

	ThreadAccess(Recipients recipients, Threads threads, SchoolTime time) {
		this.recipients = recipients;
		this.threads = threads;
		this.time = time;
	}

	boolean isFamily(Caller caller, UUID studentId, UUID schoolId) {
		if (caller.personId() == null) {
			return false;
		}
		return caller.has(Role.STUDENT) && caller.is(studentId)
				|| caller.has(Role.GUARDIAN) && recipients.guardiansOf(studentId, time.today(schoolId)).contains(caller.person());
	}

	/** Whether the caller writes as the thread's member of staff (true) or as its family (false); 404 for anyone else. */
	boolean asStaff(Caller caller, Threads.Thread thread) {
		if (caller.personId() != null && caller.is(thread.staffId())) {
			return true;
		}
		if (isFamily(caller, thread.studentId(), thread.schoolId())) {
			return false;
		}
		throw Refusal.unknown("messages.thread.not-found");
	}

	boolean takesPart(Caller caller, Threads.Thread thread) {
		return caller.personId() != null && caller.is(thread.staffId()) || isFamily(caller, thread.studentId(), thread.schoolId());
	}

	Threads.Thread participant(Caller caller, UUID threadId) {
		Threads.Thread thread = threads.find(threadId).orElseThrow(() -> Refusal.unknown("messages.thread.not-found"));
		asStaff(caller, thread);
		return thread;
	}

	/** The students whose family the caller is today: those a guardian represents, a student themself. */
	List<UUID> familyOf(Caller caller) {
		List<UUID> students = new ArrayList<>();
		if (caller.personId() == null) {
			return students;
		}
		if (caller.has(Role.STUDENT)) {
			students.add(caller.person());
		}
		if (caller.has(Role.GUARDIAN)) {
			threads.kinOf(caller.person()).stream()
				.filter(k -> k.activeOn(k.schoolId() != null ? time.today(k.schoolId()) : time.today(time.defaultZone())))
				.map(Threads.Kin::studentId).distinct().forEach(students::add);
		}
		return students;
	}
}
