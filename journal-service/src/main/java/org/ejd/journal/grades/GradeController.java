package org.ejd.journal.grades;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.Csv;
import org.ejd.platform.web.IfMatch;
import org.ejd.platform.web.SendsETag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class GradeController {

	private final GradeBook book;

	GradeController(GradeBook book) {
		this.book = book;
	}

	/** Records a period, year, exam or final mark; changing one needs its {@code ETag} in {@code If-Match} (428 without, 412 stale). */
	@PutMapping("/grades")
	@SendsETag
	ResponseEntity<Grades.Grade> record(@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody GradeRequest request) {
		Grades.Grade grade = book.record(Callers.current(), new GradeBook.RecordGrade(request.periodId(), request.classGroupId(),
				request.subjectId(), request.studentId(), GradeKind.valueOf(request.kind().toUpperCase()), request.value(),
				request.deferredUntil(), request.deferralReason(), request.comment(), request.reason(),
				ifMatch == null || ifMatch.isBlank() ? null : IfMatch.version(ifMatch)));
		return ResponseEntity.ok().eTag(IfMatch.etag(grade.version())).body(grade);
	}

	@GetMapping(path = "/class-groups/{classGroupId}/summary-sheet", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Grades.SheetCell> summarySheet(@PathVariable UUID classGroupId,
			@RequestParam @Pattern(regexp = "\\d{4}/\\d{4}") String academicYear) {
		return book.summarySheet(Callers.current(), classGroupId, academicYear);
	}

	/** The summary sheet for print or a spreadsheet: one row per student, subject and kind of mark. */
	@GetMapping(path = "/class-groups/{classGroupId}/summary-sheet", produces = "text/csv")
	ResponseEntity<byte[]> summarySheetCsv(@PathVariable UUID classGroupId,
			@RequestParam @Pattern(regexp = "\\d{4}/\\d{4}") String academicYear) {
		StringBuilder out = new StringBuilder(Csv.BOM).append("Обучающийся;Предмет;Вид отметки;Отметка;Отложена до\r\n");
		for (Grades.SheetCell c : book.summarySheet(Callers.current(), classGroupId, academicYear)) {
			out.append(Csv.row(';', c.lastName() + " " + c.firstName(), c.subjectName(), kindRu(c.kind()), c.value(),
					c.deferredUntil()));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"summary-sheet.csv\"")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String kindRu(String kind) {
		return switch (kind) {
			case "YEAR" -> "годовая";
			case "EXAM" -> "экзамен";
			case "FINAL" -> "итоговая";
			default -> "за период";
		};
	}

	record GradeRequest(@NotNull UUID periodId, @NotNull UUID classGroupId, @NotNull UUID subjectId, @NotNull UUID studentId,
			@NotNull @Pattern(regexp = "(?i)period|year|exam|final") String kind, @Size(max = 10) String value,
			LocalDate deferredUntil, @Size(max = 500) String deferralReason, @Size(max = 1000) String comment,
			@Size(max = 1000) String reason) {
	}
}
