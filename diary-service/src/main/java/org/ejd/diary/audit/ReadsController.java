package org.ejd.diary.audit;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.platform.audit.ReadAuditAnswers;
import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReadsController {

	private final ReadAudit audit;

	ReadsController(ReadAudit audit) {
		this.audit = audit;
	}

	/** Who read a student's diary data and when (152-FZ), for the school admin and the region operator of its region; cursor-paged, by default the last 30 days. */
	@GetMapping(path = "/api/diary/schools/{schoolId}/reads", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReadAuditLog.Reads> reads(@PathVariable UUID schoolId, @RequestParam UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer",
					format = "int32", minimum = "1", maximum = "" + ReadAuditLog.MAX_LIMIT, defaultValue = "50")) int limit) {
		return ReadAuditAnswers.json(audit.reads(Callers.current(), schoolId, studentId, from, to, cursor, limit), limit);
	}

	/** The same page as CSV: every cell quoted, a leading = + - @ defused; the next page in {@code Link} (ADR 0057). */
	@GetMapping(path = "/api/diary/schools/{schoolId}/reads", produces = ReadAuditAnswers.CSV_TYPE)
	ResponseEntity<String> readsCsv(@PathVariable UUID schoolId, @RequestParam UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer",
					format = "int32", minimum = "1", maximum = "" + ReadAuditLog.MAX_LIMIT, defaultValue = "50")) int limit) {
		return ReadAuditAnswers.csv(audit.reads(Callers.current(), schoolId, studentId, from, to, cursor, limit), limit);
	}
}
