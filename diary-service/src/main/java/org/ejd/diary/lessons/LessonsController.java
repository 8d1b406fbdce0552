package org.ejd.diary.lessons;

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
class LessonsController {

	private final DiaryLessons lessons;

	private final DiaryAccess access;

	LessonsController(DiaryLessons lessons, DiaryAccess access) {
		this.lessons = lessons;
		this.access = access;
	}

	/** The student's lessons with topics and homework (D3, D4), by default this week and next. */
	@GetMapping("/api/diary/students/{studentId}/lessons")
	List<DiaryLessons.LessonView> lessons(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		access.read(studentId, "lessons");
		LocalDate today = access.today(studentId);
		LocalDate start = from != null ? from : today.with(java.time.DayOfWeek.MONDAY);
		LocalDate end = to != null ? to : start.plusDays(13);
		DiaryAccess.checkSpan(start, end);
		return lessons.lessonsOf(studentId, start, end);
	}

	/** Absences and late arrivals (D2), by default the last 30 days. */
	@GetMapping("/api/diary/students/{studentId}/attendance")
	List<DiaryLessons.AttendanceView> attendance(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		access.read(studentId, "attendance");
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(30);
		DiaryAccess.checkSpan(start, end);
		return lessons.attendanceOf(studentId, start, end);
	}

	/** The teachers of the student's class, groups and streams (D5). */
	@GetMapping("/api/diary/students/{studentId}/teachers")
	List<DiaryLessons.TeacherView> teachers(@PathVariable UUID studentId) {
		access.read(studentId, "teachers");
		return lessons.teachersOf(studentId, access.today(studentId));
	}


}
