package org.ejd.diary.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.platform.time.DaySpan;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatementController {

	private final Statements statements;

	private final DiaryAccess access;

	StatementController(Statements statements, DiaryAccess access) {
		this.statements = statements;
		this.access = access;
	}

	/** A statement (выписка, D11) as JSON: a period, a span, or by default the last full week. */
	@GetMapping(path = "/api/diary/students/{studentId}/statement", produces = MediaType.APPLICATION_JSON_VALUE)
	Statement statement(@PathVariable UUID studentId, @RequestParam(required = false) @Nullable UUID periodId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		access.read(studentId, "statement");
		DaySpan span = statements.span(studentId, periodId, from, to);
		return statements.of(studentId, span, access.today(studentId));
	}

	/** The same statement as a printable PDF (Russian, fonts embedded). */
	@GetMapping(path = "/api/diary/students/{studentId}/statement", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> statementPdf(@PathVariable UUID studentId, @RequestParam(required = false) @Nullable UUID periodId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		Statement statement = statement(studentId, periodId, from, to);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("statement-" + statement.from() + "-" + statement.to() + ".pdf").build().toString())
			.body(StatementPdf.write(List.of(statement), "eJD diary-service"));
	}
}
