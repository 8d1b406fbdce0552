package org.ejd.diary.audit;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.Csv;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
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

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ReadAudit audit;

	ReadsController(ReadAudit audit) {
		this.audit = audit;
	}

	/** Who read a student's diary data and when (152-FZ), for the school admin; cursor-paged, by default the last 30 days. */
	@GetMapping(path = "/api/diary/schools/{schoolId}/reads", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReadAudit.Page> reads(@PathVariable UUID schoolId, @RequestParam UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = 512) @Nullable String cursor, @RequestParam(defaultValue = "50")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + ReadAudit.MAX_LIMIT, defaultValue = "50")) int limit) {
		ReadAudit.Page page = audit.reads(Callers.current(), schoolId, studentId, from, to, cursor, limit);
		return Paging.answer(page, page.nextCursor(), limit);
	}

	/** The same page as CSV: every cell quoted, a leading = + - @ defused with an apostrophe; the next page in {@code Link} (ADR 0057). */
	@GetMapping(path = "/api/diary/schools/{schoolId}/reads", produces = "text/csv")
	ResponseEntity<String> readsCsv(@PathVariable UUID schoolId, @RequestParam UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = 512) @Nullable String cursor, @RequestParam(defaultValue = "50")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + ReadAudit.MAX_LIMIT, defaultValue = "50")) int limit) {
		ReadAudit.Page page = audit.reads(Callers.current(), schoolId, studentId, from, to, cursor, limit);
		StringBuilder out = new StringBuilder(Csv.BOM).append(row("read_at", "reader", "client_id", "roles", "what"));
		page.items().forEach(r -> out.append(row(r.readAt(), r.reader(), r.clientId(), r.roles(), r.what())));
		ResponseEntity<String> answer = Paging.answer(out.toString(), page.nextCursor(), limit);
		return ResponseEntity.ok().headers(answer.getHeaders()).contentType(CSV).body(answer.getBody());
	}

	private static String row(@Nullable Object... cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			String cell = Csv.cell(cells[i], ',');
			line.append(i > 0 ? "," : "").append(cell.startsWith("\"") ? cell : "\"" + cell + "\"");
		}
		return line.append("\r\n").toString();
	}
}
