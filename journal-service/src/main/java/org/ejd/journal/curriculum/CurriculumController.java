package org.ejd.journal.curriculum;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CurriculumController {

	private final Curriculum curriculum;

	CurriculumController(Curriculum curriculum) {
		this.curriculum = curriculum;
	}

	@PutMapping("/api/journal/class-groups/{classGroupId}/curriculum")
	List<Curriculum.Plan> plan(@PathVariable UUID classGroupId, @Valid @RequestBody PlanRequest request) {
		return curriculum.plan(Callers.current(), classGroupId,
				request.entries().stream().map(e -> new Curriculum.Plan(e.subjectId(), e.plannedHours())).toList());
	}

	@GetMapping("/api/journal/schools/{schoolId}/curriculum-statistics")
	List<Curriculum.Statistics> statistics(@PathVariable UUID schoolId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return curriculum.statistics(Callers.current(), schoolId, from, to);
	}

	record PlanRequest(@NotEmpty @Size(max = 40) List<@Valid Entry> entries) {

		@Schema(name = "CurriculumEntry") // one schema per feature (springdoc names by simple name)
		record Entry(@NotNull UUID subjectId, int plannedHours) {
		}
	}
}
