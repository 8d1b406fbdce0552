package org.ejd.journal.periods;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class PeriodController {

	private final ReportingPeriods periods;

	PeriodController(ReportingPeriods periods) {
		this.periods = periods;
	}

	@PostMapping("/schools/{schoolId}/periods")
	@ResponseStatus(HttpStatus.CREATED)
	PeriodResponse define(@PathVariable UUID schoolId, @Valid @RequestBody PeriodRequest request) {
		return PeriodResponse.of(periods.define(Callers.current(), schoolId, request.academicYear(), request.name().strip(),
				ReportingPeriod.Kind.valueOf(request.kind().toUpperCase().replace('-', '_')), request.startDate(), request.endDate()));
	}

	@GetMapping("/schools/{schoolId}/periods")
	List<PeriodResponse> periods(@PathVariable UUID schoolId, @RequestParam @Pattern(regexp = "\\d{4}/\\d{4}") String academicYear) {
		return periods.ofYear(Callers.current(), schoolId, academicYear).stream().map(PeriodResponse::of).toList();
	}

	@PostMapping("/periods/{periodId}/close")
	PeriodResponse close(@PathVariable UUID periodId) {
		return PeriodResponse.of(periods.close(Callers.current(), periodId));
	}

	record PeriodRequest(@NotBlank @Pattern(regexp = "\\d{4}/\\d{4}") String academicYear,
			@Schema(example = "1 четверть") @NotBlank @Size(max = 50) String name,
			@NotNull @Pattern(regexp = "(?i)quarter|trimester|half-year|year") String kind, @NotNull LocalDate startDate,
			@NotNull LocalDate endDate) {
	}

	record PeriodResponse(UUID id, String academicYear,
			@Schema(example = "1 четверть") String name,
			@Schema(allowableValues = { "quarter", "trimester", "half-year", "year" }) String kind, LocalDate startDate, LocalDate endDate,
			boolean closed) {
		static PeriodResponse of(ReportingPeriod p) {
			return new PeriodResponse(p.id(), p.academicYear(), p.name(), p.kind().wire(), p.startDate(), p.endDate(), p.closed());
		}
	}
}
