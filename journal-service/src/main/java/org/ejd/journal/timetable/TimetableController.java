package org.ejd.journal.timetable;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.journal.lessons.Room;
import org.ejd.platform.security.Callers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class TimetableController {

	private final TimetableOffice office;

	TimetableController(TimetableOffice office) {
		this.office = office;
	}

	@PutMapping("/class-groups/{classGroupId}/timetable")
	List<Timetable.Slot> setWeek(@PathVariable UUID classGroupId, @Valid @RequestBody WeekRequest request) {
		return office.setWeek(Callers.current(), classGroupId, request.validFrom(), request.validTo(), request.entries().stream()
			.map(e -> new TimetableOffice.Entry(e.weekday(), e.periodNo(), e.subjectId(), e.teacherId(), e.room()))
			.toList());
	}

	@GetMapping("/class-groups/{classGroupId}/timetable")
	List<Timetable.Slot> week(@PathVariable UUID classGroupId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return office.week(Callers.current(), classGroupId, date);
	}

	@PostMapping("/class-groups/{classGroupId}/timetable/lessons")
	Map<String, Integer> generate(@PathVariable UUID classGroupId, @Valid @RequestBody SpanRequest request) {
		return Map.of("created", office.generate(Callers.current(), classGroupId, request.from(), request.to()));
	}

	@PostMapping("/schools/{schoolId}/holidays")
	@ResponseStatus(HttpStatus.CREATED)
	Timetable.Holiday addHoliday(@PathVariable UUID schoolId, @Valid @RequestBody HolidayRequest request) {
		return office.addHoliday(Callers.current(), schoolId, request.name().strip(), request.startDate(), request.endDate());
	}

	@GetMapping("/schools/{schoolId}/holidays")
	List<Timetable.Holiday> holidays(@PathVariable UUID schoolId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return office.holidays(Callers.current(), schoolId, from, to);
	}

	record WeekRequest(@NotNull LocalDate validFrom, LocalDate validTo, @NotEmpty @Size(max = 80) List<@Valid Entry> entries) {

		/** {@code room}: documented here, refused by TimetableOffice beyond its length as sent (a detail naming the room, as for a lesson's). */
		@Schema(name = "TimetableEntry") // one schema per feature (springdoc names by simple name)
		record Entry(@Min(1) @Max(6) int weekday, @Min(1) @Max(12) int periodNo, @NotNull UUID subjectId, @NotNull UUID teacherId,
				@Schema(maxLength = Room.MAX_LENGTH) String room) {
		}
	}

	record SpanRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
	}

	record HolidayRequest(@Schema(example = "Осенние каникулы") @NotBlank @Size(max = 200) String name, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
	}
}
