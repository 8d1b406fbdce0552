package org.ejd.diary.marks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MarksController {

	private final DiaryMarks marks;

	private final DiaryAccess access;

	MarksController(DiaryMarks marks, DiaryAccess access) {
		this.marks = marks;
		this.access = access;
	}

	/** A student's current marks (D1) for a span of days, by default the last 30. */
	@GetMapping("/api/diary/students/{studentId}/marks")
	List<DiaryMarks.DiaryMark> marks(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(30);
		DiaryAccess.checkSpan(start, end);
		access.read(studentId, "marks");
		return marks.ofStudent(studentId, start, end);
	}

	/** Weighted averages per subject (D1, D8), by default over the last 90 days. */
	@GetMapping("/api/diary/students/{studentId}/averages")
	List<DiaryMarks.SubjectAverage> averages(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(90);
		DiaryAccess.checkSpan(start, end);
		access.read(studentId, "averages");
		return marks.averages(studentId, start, end);
	}
}
