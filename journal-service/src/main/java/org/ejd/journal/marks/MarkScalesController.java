package org.ejd.journal.marks;

import java.util.Set;
import java.util.UUID;

import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MarkScalesController {

	private final MarkScales scales;

	MarkScalesController(MarkScales scales) {
		this.scales = scales;
	}

	@GetMapping("/api/journal/schools/{schoolId}/mark-scales")
	Set<MarkValue.Scale> get(@PathVariable UUID schoolId) {
		return scales.read(Callers.current(), schoolId);
	}

	@PutMapping("/api/journal/schools/{schoolId}/mark-scales")
	Set<MarkValue.Scale> set(@PathVariable UUID schoolId, @RequestBody ScalesRequest request) {
		return scales.set(Callers.current(), schoolId, request.fivePoint(), request.passFail(), request.notes());
	}

	record ScalesRequest(boolean fivePoint, boolean passFail, boolean notes) {
	}
}
