package org.ejd.notification.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school administration's part in personal messages: a participant reports a thread, and from then on the school admin
 * and deputy heads of its school may read it; the school admin blocks (and unblocks) a sender in the school's threads. Every
 * report, administrative read, block and unblock is written to the audit.
 */
@Service
public class ModeratingMessages {

	static final int MAX_REASON = 500;

	static final int MAX_ROWS = 200;

	private final Moderation moderation;

	private final ThreadAccess access;

	private final SchoolTime time;

	ModeratingMessages(Moderation moderation, ThreadAccess access, SchoolTime time) {
		this.moderation = moderation;
		this.access = access;
		this.time = time;
	}

	@Transactional
	public void report(Caller caller, UUID threadId, @Nullable String reason) {
		Threads.Thread thread = access.participant(caller, threadId);
		String why = reason(reason);
		Instant now = time.now();
		moderation.report(UUID.randomUUID(), thread.id(), thread.schoolId(), caller.person(), why, now);
		moderation.audit(thread.schoolId(), caller.person(), "reported", thread.id(), null, why, now);
	}

	@Transactional(readOnly = true)
	public List<Moderation.Report> reports(Caller caller, UUID schoolId) {
		requireAdministration(caller, schoolId);
		return moderation.reports(schoolId, MAX_ROWS);
	}

	@Transactional(readOnly = true)
	public List<Moderation.AuditEntry> audit(Caller caller, UUID schoolId) {
		requireAdministration(caller, schoolId);
		return moderation.auditOf(schoolId, MAX_ROWS);
	}

	@Transactional
	public void block(Caller caller, UUID schoolId, @Nullable UUID personId, @Nullable String reason) {
		requireSchoolAdmin(caller, schoolId);
		if (personId == null) {
			throw Refusal.invalid("messages.block.person-missing");
		}
		String why = reason(reason);
		Instant now = time.now();
		if (moderation.block(schoolId, personId, caller.person(), why, now)) {
			moderation.audit(schoolId, caller.person(), "blocked", null, personId, why, now);
		}
	}

	@Transactional
	public void unblock(Caller caller, UUID schoolId, UUID personId) {
		requireSchoolAdmin(caller, schoolId);
		if (moderation.unblock(schoolId, personId)) {
			moderation.audit(schoolId, caller.person(), "unblocked", null, personId, null, time.now());
		}
	}

	private static String reason(@Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw Refusal.invalid("messages.reason", MAX_REASON);
		}
		return why;
	}

	static boolean administers(Caller caller, UUID schoolId) {
		return caller.personId() != null && caller.actsIn(schoolId) && (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD));
	}

	private static void requireAdministration(Caller caller, UUID schoolId) {
		if (!administers(caller, schoolId)) {
			throw Refusal.unknown("messages.school.not-found");
		}
	}

	private static void requireSchoolAdmin(Caller caller, UUID schoolId) {
		if (caller.personId() == null || !caller.actsIn(schoolId) || !caller.has(Role.SCHOOL_ADMIN)) {
			throw Refusal.unknown("messages.school.not-found");
		}
	}
}
