package org.ejd.journal.classes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
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

	TeacherDesk(ClassBook classes, PersonalDataAudit audit) {
		this.classes = classes;
		this.audit = audit;
	}

	@GetMapping("/api/journal/me/assignments")
	@Transactional(readOnly = true)
	public List<ClassBook.Assignment> myAssignments(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		Caller caller = Callers.current();
		if (caller.personId() == null) {
			return List.of();
		}
		return classes.assignmentsOf(caller.person(), date != null ? date : today());
	}

	@GetMapping("/api/journal/class-groups/{classGroupId}/students")
	@Transactional(readOnly = true)
	public List<ClassBook.Pupil> pupils(@PathVariable UUID classGroupId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		Caller caller = Callers.current();
		LocalDate day = date != null ? date : today();
		ClassGroup group = classes.find(classGroupId).filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
		boolean administration = caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD) || classes.leads(caller, group.id());
		if (!administration && (caller.personId() == null || !classes.teachesAnything(caller.person(), group.id(), day))) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		List<ClassBook.Pupil> pupils = classes.pupils(group.id(), day);
		pupils.forEach(p -> audit.read(caller, p.studentId(), "class-list"));
		return pupils;
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Moscow"));
	}
}
