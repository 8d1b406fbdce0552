package org.ejd.identity.applications;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Seed 003: whether the school needs a written application for access, or opens one itself for everyone registered. */
@RestController
class AccessPolicyController {

	private final AccessWithoutApplication policy;

	AccessPolicyController(AccessWithoutApplication policy) {
		this.policy = policy;
	}

	@PutMapping("/api/identity/schools/{schoolId}/access-policy")
	PolicyResponse set(@PathVariable UUID schoolId, @Valid @RequestBody PolicyRequest request) {
		long version = policy.set(Callers.current(), schoolId, request.withoutApplication());
		return new PolicyResponse(schoolId, request.withoutApplication(), version);
	}

	@GetMapping("/api/identity/schools/{schoolId}/access-policy")
	PolicyResponse get(@PathVariable UUID schoolId) {
		return new PolicyResponse(schoolId, policy.of(Callers.current(), schoolId), 0);
	}

	record PolicyRequest(@NotNull Boolean withoutApplication) {
	}

	/** @param version the policy's version after a change; 0 on reading */
	record PolicyResponse(UUID schoolId, boolean withoutApplication, long version) {
	}
}
