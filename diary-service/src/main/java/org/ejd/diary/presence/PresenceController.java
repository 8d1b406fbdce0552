package org.ejd.diary.presence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.family.Family;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * When the student arrived at school and left it, per day (D14). The family (the student, the guardians who represent
 * them) and the staff of the student's school read it; everyone else gets 404. Every read is audit-logged.
 */
@RestController
class PresenceController {

	/** Without dates: the last week up to the school's today. */
	static final int DEFAULT_DAYS = 7;

	private final PresenceBook book;

	private final DiaryAccess access;

	private final Family family;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	PresenceController(PresenceBook book, DiaryAccess access, Family family, PersonalDataAudit audit, SchoolTime time) {
		this.book = book;
		this.access = access;
		this.family = family;
		this.audit = audit;
		this.time = time;
	}

	@GetMapping("/api/diary/students/{studentId}/presence")
	List<PresenceBook.Day> presence(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		if ((from == null) != (to == null)) {
			throw Refusal.invalid("diary.presence.both-dates");
		}
		Caller caller = Callers.current();
		UUID school = family.student(studentId).stream().findFirst().map(Family.StudentCard::schoolId).orElse(null);
		if (school != null && isStaff(caller, school)) {
			audit.read(caller, studentId, "presence");
		}
		else {
			access.read(studentId, "presence");
		}
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
		DiaryAccess.checkSpan(start, end);
		return book.days(studentId, start, end, family.zoneOfStudent(studentId).orElseGet(time::defaultZone));
	}

	private static boolean isStaff(Caller caller, UUID schoolId) {
		return caller.actsIn(schoolId) && (caller.has(Role.TEACHER) || caller.has(Role.CLASS_TEACHER) || caller.has(Role.DEPUTY_HEAD)
				|| caller.has(Role.SCHOOL_ADMIN));
	}
}
