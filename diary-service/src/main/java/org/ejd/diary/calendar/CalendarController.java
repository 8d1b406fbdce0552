package org.ejd.diary.calendar;

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
class CalendarController {

	private final DiaryCalendar calendar;

	private final DiaryAccess access;

	CalendarController(DiaryCalendar calendar, DiaryAccess access) {
		this.calendar = calendar;
		this.access = access;
	}

	/** Holidays, school and city events and planned tests (D5, D6), by default the next 60 days. */
	@GetMapping("/api/diary/students/{studentId}/calendar")
	List<DiaryCalendar.Entry> calendar(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		access.read(studentId, "calendar");
		LocalDate start = from != null ? from : access.today(studentId);
		LocalDate end = to != null ? to : start.plusDays(60);
		DiaryAccess.checkSpan(start, end);
		return calendar.calendarOf(studentId, start, end);
	}

	/** Teachers' recommendations (D7), newest first. */
	@GetMapping("/api/diary/students/{studentId}/recommendations")
	List<DiaryCalendar.Recommendation> recommendations(@PathVariable UUID studentId) {
		access.read(studentId, "recommendations");
		return calendar.recommendationsOf(studentId);
	}

}
