package org.ejd.journal.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadlinePolicyController {

	private final DeadlinePolicies policies;

	DeadlinePolicyController(DeadlinePolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/api/journal/schools/{schoolId}/deadline-policy")
	DeadlinePolicy get(@PathVariable UUID schoolId) {
		return policies.read(Callers.current(), schoolId);
	}

	@PutMapping("/api/journal/schools/{schoolId}/deadline-policy")
	DeadlinePolicy set(@PathVariable UUID schoolId, @Valid @RequestBody PolicyRequest request) {
		return policies.set(Callers.current(), schoolId, new DeadlinePolicy(request.currentMarkDays(), request.writtenMarkDays(),
				request.distanceMarkDays(), request.topicDays(), request.absenceDays(), request.periodMarkDays()));
	}

	@Schema(name = "DeadlinePolicyRequest") // one schema per feature (springdoc names by simple name)
	record PolicyRequest(@Min(0) @Max(30) int currentMarkDays, @Min(0) @Max(30) int writtenMarkDays,
			@Min(0) @Max(30) int distanceMarkDays, @Min(0) @Max(30) int topicDays, @Min(0) @Max(30) int absenceDays,
			@Min(0) @Max(30) int periodMarkDays) {
	}
}
