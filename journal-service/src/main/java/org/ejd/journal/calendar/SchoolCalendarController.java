package org.ejd.journal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolCalendarController {

	private final SchoolCalendar calendar;

	SchoolCalendarController(SchoolCalendar calendar) {
		this.calendar = calendar;
	}

	@PostMapping("/api/journal/school-events")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, List<UUID>> publish(@Valid @RequestBody EventRequest request) {
		return Map.of("ids", calendar.publishEvent(Callers.current(), request.schoolIds(), request.title().strip(),
				request.description(), request.startsOn(), request.endsOn() == null ? request.startsOn() : request.endsOn(),
				request.place()));
	}

	@PostMapping("/api/journal/class-groups/{classGroupId}/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> plan(@PathVariable UUID classGroupId, @Valid @RequestBody AssessmentRequest request) {
		return Map.of("id", calendar.planAssessment(Callers.current(), classGroupId, request.subjectId(), request.date(),
				request.title().strip(), request.periodId()));
	}

	@PostMapping("/api/journal/class-groups/{classGroupId}/recommendations")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> recommend(@PathVariable UUID classGroupId, @Valid @RequestBody RecommendationRequest request) {
		return Map.of("id", calendar.recommend(Callers.current(), classGroupId, request.subjectId(), request.studentId(),
				request.text().strip()));
	}

	record EventRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> schoolIds, @NotBlank @Size(max = 300) String title,
			@Size(max = 4000) String description, @NotNull LocalDate startsOn, LocalDate endsOn, @Size(max = 300) String place) {
	}

	/** {@code periodId}: the reporting period whose plan the test belongs to (D5); the date must lie in it. */
	record AssessmentRequest(@NotNull UUID subjectId, @NotNull LocalDate date, @NotBlank @Size(max = 300) String title,
			UUID periodId) {
	}

	record RecommendationRequest(@NotNull UUID studentId, @NotNull UUID subjectId, @NotBlank @Size(max = 2000) String text) {
	}
}
