package org.ejd.oneroster.audit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.ejd.platform.audit.ReadAuditAnswers;
import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ims/oneroster/audit/v1p2/schools/{schoolId}/reads}: eJD's own admin path beside the OneRoster CSV of a
 * school (ADR 0063), its errors in the imsx envelope like every answer under {@code /ims/oneroster/}.
 */
@RestController
class ReadsController {

	static final String PATH = "/ims/oneroster/audit/v1p2/schools/{schoolId}/reads";

	private final ReadAudit audit;

	ReadsController(ReadAudit audit) {
		this.audit = audit;
	}

	/**
	 * Who read a student's data through OneRoster and when (152-FZ), for the school admin and the region operator of its
	 * region; cursor-paged, by default the last 30 days.
	 */
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReadAuditLog.Reads> reads(@PathVariable UUID schoolId, @RequestParam UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = 512) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(ReadAudit.MAX_LIMIT) int limit) {
		return ReadAuditAnswers.json(audit.reads(Callers.current(), schoolId, studentId, from, to, cursor, limit), limit);
	}

	/** The same page as CSV: every cell quoted, a leading = + - @ defused with an apostrophe; the next page in {@code Link} (ADR 0057). */
	@GetMapping(path = PATH, produces = ReadAuditAnswers.CSV_TYPE)
	ResponseEntity<String> readsCsv(@PathVariable UUID schoolId, @RequestParam UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = 512) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(ReadAudit.MAX_LIMIT) int limit) {
		return ReadAuditAnswers.csv(audit.reads(Callers.current(), schoolId, studentId, from, to, cursor, limit), limit);
	}
}
