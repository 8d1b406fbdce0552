package org.ejd.journal.regime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BellScheduleController {

	private final BellSchedules schedules;

	BellScheduleController(BellSchedules schedules) {
		this.schedules = schedules;
	}

	/** The bells of each shift in force on the day (default: the school's today). */
	@GetMapping("/api/journal/schools/{schoolId}/bell-schedule")
	List<ScheduleResponse> get(@PathVariable UUID schoolId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		LocalDate day = date != null ? date : schedules.today(schoolId);
		return schedules.inForce(Callers.current(), schoolId, day).stream().map(ScheduleResponse::of).toList();
	}

	@PutMapping("/api/journal/schools/{schoolId}/bell-schedule")
	ScheduleResponse set(@PathVariable UUID schoolId, @Valid @RequestBody ScheduleRequest request) {
		return ScheduleResponse.of(schedules.set(Callers.current(), schoolId, request.shift() == null ? 1 : request.shift(),
				request.effectiveFrom(), request.lessons().stream().map(b -> new BellSchedule.Bell(b.number(), b.start(), b.end())).toList()));
	}

	record ScheduleRequest(@Nullable @Min(1) @Max(3) Integer shift, @NotNull LocalDate effectiveFrom,
			@NotNull @Size(min = 1, max = BellSchedule.MAX_LESSONS) List<@Valid @NotNull BellRequest> lessons) {
	}

	record BellRequest(@Min(1) @Max(12) int number, @NotNull LocalTime start, @NotNull LocalTime end) {
	}

	record ScheduleResponse(UUID schoolId, int shift, LocalDate effectiveFrom, long version, List<BellResponse> lessons) {

		static ScheduleResponse of(BellSchedule s) {
			return new ScheduleResponse(s.schoolId(), s.shift(), s.effectiveFrom(), s.version(),
					s.lessons().stream().map(b -> new BellResponse(b.number(), b.start().toString(), b.end().toString())).toList());
		}
	}

	record BellResponse(int number, @Schema(example = "08:30") String start, @Schema(example = "09:15") String end) {
	}
}
