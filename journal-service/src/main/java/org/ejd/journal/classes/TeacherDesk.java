package org.ejd.journal.classes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a teacher's screen starts from: my classes and subjects today, and the pupils of a class. */
@RestController
class TeacherDesk {

	private final ClassBook classes;

	private final PersonalDataAudit audit;

	private final SchoolRoles roles;

	private final SchoolTime time;

	TeacherDesk(ClassBook classes, PersonalDataAudit audit, SchoolRoles roles, SchoolTime time) {
		this.classes = classes;
		this.audit = audit;
		this.roles = roles;
		this.time = time;
	}

	@GetMapping("/api/journal/me/assignments")
	@Transactional(readOnly = true)
	public List<ClassBook.Assignment> myAssignments(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		Caller caller = Callers.current();
		if (caller.personId() == null) {
			return List.of();
		}
		return classes.assignmentsOf(caller.person(), date != null ? date : today(caller));
	}

	@GetMapping("/api/journal/class-groups/{classGroupId}/students")
	@Transactional(readOnly = true)
	public List<ClassBook.Pupil> pupils(@PathVariable UUID classGroupId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		Caller caller = Callers.current();
		ClassGroup group = classes.find(classGroupId).filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		LocalDate day = date != null ? date : time.today(group.schoolId());
		if (!roles.leadsOrAdministers(caller, group.schoolId(), group.id())
				&& (caller.personId() == null || !classes.teachesAnything(caller.person(), group.id(), day))) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		List<ClassBook.Pupil> pupils = classes.pupils(group.id(), day);
		audit.readAll(caller, pupils.stream().map(ClassBook.Pupil::studentId).toList(), "class-list");
		return pupils;
	}

	/** The teacher's school's date; one who teaches in several schools reads the configured default zone's. */
	private LocalDate today(Caller caller) {
		return caller.schoolIds().size() == 1 ? time.today(caller.schoolIds().iterator().next()) : time.today(time.defaultZone());
	}
}
