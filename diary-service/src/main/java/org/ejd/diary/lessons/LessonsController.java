package org.ejd.diary.lessons;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LessonsController {

	private final DiaryLessons lessons;

	private final DiaryAccess access;

	/**
	 * The most lessons or attendance entries on one page; also the default, so a caller without {@code limit} gets the
	 * default span whole as before paging.
	 */
	static final int MAX_LIMIT = 500;

	static final String PAGE_SIZE = "Записей на странице, от 1 до " + MAX_LIMIT + " (без limit — " + MAX_LIMIT + "); вне этих границ — 400 / items per page, 1 to "
			+ MAX_LIMIT + " (" + MAX_LIMIT + " without limit); outside it 400";

	LessonsController(DiaryLessons lessons, DiaryAccess access) {
		this.lessons = lessons;
		this.access = access;
	}

	/**
	 * The student's lessons with topics and homework (D3, D4), by default this week and next: cursor-paged
	 * ({@code limit} up to {@value #MAX_LIMIT}, also the default, the {@code next} link in {@code Link}).
	 */
	@GetMapping("/api/diary/students/{studentId}/lessons")
	ResponseEntity<List<DiaryLessons.LessonView>> lessons(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer", format = "int32",
					minimum = "1", maximum = "" + MAX_LIMIT)) @Nullable Integer limit,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor) {
		access.read(studentId, "lessons");
		LocalDate today = access.today(studentId);
		LocalDate start = from != null ? from : today.with(java.time.DayOfWeek.MONDAY);
		LocalDate end = to != null ? to : start.plusDays(13);
		DiaryAccess.checkSpan(start, end);
		PageRequest page = PageRequest.of(limit, cursor, 3, MAX_LIMIT, MAX_LIMIT);
		return Paging.answer(lessons.lessonsOf(studentId, start, end, today, page), page);
	}

	/**
	 * Absences and late arrivals (D2), by default the last 30 days: cursor-paged like the lessons.
	 */
	@GetMapping("/api/diary/students/{studentId}/attendance")
	ResponseEntity<List<DiaryLessons.AttendanceView>> attendance(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer", format = "int32",
					minimum = "1", maximum = "" + MAX_LIMIT)) @Nullable Integer limit,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor) {
		access.read(studentId, "attendance");
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(30);
		DiaryAccess.checkSpan(start, end);
		PageRequest page = PageRequest.of(limit, cursor, 3, MAX_LIMIT, MAX_LIMIT);
		return Paging.answer(lessons.attendanceOf(studentId, start, end, page), page);
	}

	/** The teachers of the student's class, groups and streams (D5). */
	@GetMapping("/api/diary/students/{studentId}/teachers")
	List<DiaryLessons.TeacherView> teachers(@PathVariable UUID studentId) {
		access.read(studentId, "teachers");
		return lessons.teachersOf(studentId, access.today(studentId));
	}


}
