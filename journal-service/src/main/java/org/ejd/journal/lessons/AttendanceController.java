package org.ejd.journal.lessons;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class AttendanceController {

	static final String STATUSES = "(?i)present|absent|late|ill|excused";

	private final AttendanceRegister register;

	AttendanceController(AttendanceRegister register) {
		this.register = register;
	}

	@PutMapping("/lessons/{id}/attendance")
	List<Attendance.Row> take(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request) {
		return register.take(Callers.current(), id, request.entries().stream()
			.map(e -> new AttendanceEntry(e.studentId(), AttendanceStatus.valueOf(e.status().toUpperCase()), blankToNull(e.reason()),
					e.minutesLate()))
			.toList(), request.reason());
	}

	@GetMapping("/lessons/{id}/attendance")
	List<Attendance.Row> attendance(@PathVariable UUID id) {
		return register.of(Callers.current(), id);
	}

	/** J11: every change to the lesson's attendance (old and new value, who, when, why after closing), oldest first. */
	@GetMapping("/lessons/{id}/attendance/history")
	List<Attendance.Change> history(@PathVariable UUID id) {
		return register.history(Callers.current(), id);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	record AttendanceRequest(@NotEmpty @Size(max = 60) List<@Valid Entry> entries, @Size(max = 1000) String reason) {

		@Schema(name = "AttendanceEntry") // one schema per feature (springdoc names by simple name)
		record Entry(@NotNull UUID studentId, @NotNull @Pattern(regexp = STATUSES) String status, @Size(max = 500) String reason,
				Integer minutesLate) {
		}
	}
}
