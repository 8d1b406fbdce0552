package org.ejd.diary.grades;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.platform.refusal.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class GradesController {

	private final DiaryGrades grades;

	private final DiaryAccess access;

	GradesController(DiaryGrades grades, DiaryAccess access) {
		this.grades = grades;
		this.access = access;
	}

	/** Period, year, exam and final marks, deferrals with their new dates (D1, D9). */
	@GetMapping("/api/diary/students/{studentId}/grades")
	List<DiaryGrades.GradeView> grades(@PathVariable UUID studentId, @RequestParam(required = false) @Size(max = 9) String academicYear) {
		if (academicYear != null && !academicYear.matches("\\d{4}/\\d{4}")) {
			throw Refusal.invalid("diary.academic-year.bad");
		}
		access.read(studentId, "grades");
		return grades.of(studentId, academicYear);
	}
}
