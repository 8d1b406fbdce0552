package org.ejd.journal.averages;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AveragesController {

	private final AveragingPolicies policies;

	private final Averages averages;

	AveragesController(AveragingPolicies policies, Averages averages) {
		this.policies = policies;
		this.averages = averages;
	}

	@GetMapping("/api/journal/schools/{schoolId}/averaging-policies")
	List<AveragingPolicy> all(@PathVariable UUID schoolId) {
		return policies.all(Callers.current(), schoolId);
	}

	/** A new policy from a date (today or later); earlier ones stay in force for their time. */
	@PostMapping("/api/journal/schools/{schoolId}/averaging-policies")
	AveragingPolicy set(@PathVariable UUID schoolId, @Valid @RequestBody PolicyRequest request) {
		Map<WorkType, BigDecimal> weights = new EnumMap<>(WorkType.class);
		request.weights().forEach((name, weight) -> {
			try {
				weights.put(WorkType.valueOf(name.toUpperCase()), weight);
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.invalid("journal.averaging.bad-weights");
			}
		});
		return policies.set(Callers.current(), schoolId, request.effectiveFrom(), weights, request.roundUpFrom());
	}

	@GetMapping("/api/journal/class-groups/{classGroupId}/averages")
	List<Averages.StudentAverage> averages(@PathVariable UUID classGroupId, @RequestParam UUID subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return averages.of(Callers.current(), classGroupId, subjectId, asOf);
	}

	/** {@code roundUpFrom}: the forecast rounding threshold, 0.50–0.90 (absent: the school's current one is kept). */
	@Schema(name = "AveragesPolicyRequest") // one schema per feature (springdoc names by simple name)
	record PolicyRequest(@NotNull LocalDate effectiveFrom, @NotEmpty Map<String, BigDecimal> weights, BigDecimal roundUpFrom) {
	}
}
