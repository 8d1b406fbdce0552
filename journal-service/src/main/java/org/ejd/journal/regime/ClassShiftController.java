package org.ejd.journal.regime;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClassShiftController {

	private final ClassShifts shifts;

	ClassShiftController(ClassShifts shifts) {
		this.shifts = shifts;
	}

	@GetMapping("/api/journal/class-groups/{classGroupId}/shift")
	ClassShifts.ClassShift get(@PathVariable UUID classGroupId) {
		return shifts.of(Callers.current(), classGroupId);
	}

	/** The school admin puts the class group into a shift (1–3); its lessons ring by that shift's bells. */
	@PutMapping("/api/journal/class-groups/{classGroupId}/shift")
	ClassShifts.ClassShift set(@PathVariable UUID classGroupId, @Valid @RequestBody ShiftRequest request) {
		return shifts.set(Callers.current(), classGroupId, request.shift());
	}

	record ShiftRequest(@NotNull Integer shift) {
	}
}
