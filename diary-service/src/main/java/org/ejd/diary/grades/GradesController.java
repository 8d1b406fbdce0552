package org.ejd.diary.grades;

import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class GradesController {

	private final DiaryGrades grades;

	private final DiaryAccess access;

	private final PersonalDataAudit audit;

	GradesController(DiaryGrades grades, DiaryAccess access, PersonalDataAudit audit) {
		this.grades = grades;
		this.access = access;
		this.audit = audit;
	}

	/** Period, year, exam and final marks, deferrals with their new dates (D1, D9). */
	@GetMapping("/api/diary/students/{studentId}/grades")
	List<DiaryGrades.GradeView> grades(@PathVariable UUID studentId, @RequestParam(required = false) String academicYear) {
		if (academicYear != null && !academicYear.matches("\\d{4}/\\d{4}")) {
			throw ApiException.badRequest("diary.academic-year.bad");
		}
		Caller caller = Callers.current();
		access.requireReader(caller, studentId);
		audit.read(caller, studentId, "grades");
		return grades.of(studentId, academicYear);
	}
}
