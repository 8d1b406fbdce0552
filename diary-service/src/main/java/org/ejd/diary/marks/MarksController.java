package org.ejd.diary.marks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.platform.web.SendsETag;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class MarksController {

	private final DiaryMarks marks;

	private final DiaryAccess access;

	private final ContentTags tags;

	/** The most marks on one page; also the default, so that a span of 30 days comes whole as before paging. */
	static final int MAX_LIMIT = 500;

	static final String PAGE_SIZE = "Записей на странице, от 1 до " + MAX_LIMIT + " (без limit — " + MAX_LIMIT + "); вне этих границ — 400 / items per page, 1 to "
			+ MAX_LIMIT + " (" + MAX_LIMIT + " without limit); outside it 400";

	MarksController(DiaryMarks marks, DiaryAccess access, ContentTags tags) {
		this.marks = marks;
		this.access = access;
		this.tags = tags;
	}

	/**
	 * A student's current marks (D1) for a span of days, by default the last 30: cursor-paged ({@code limit} up to
	 * {@value #MAX_LIMIT}, the {@code next} link in {@code Link}), with an ETag ({@code If-None-Match} answers 304).
	 */
	@GetMapping("/api/diary/students/{studentId}/marks")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = ContentTags.IF_NONE_MATCH, schema = @Schema(type = "string"))
	@SendsETag
	ResponseEntity<List<DiaryMarks.DiaryMark>> marks(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer", format = "int32",
					minimum = "1", maximum = "" + MAX_LIMIT)) @Nullable Integer limit,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor, WebRequest request) {
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(30);
		DiaryAccess.checkSpan(start, end);
		PageRequest page = PageRequest.of(limit, cursor, 4, MAX_LIMIT, MAX_LIMIT);
		access.read(studentId, "marks");
		return tags.answer(request, Paging.answer(marks.ofStudent(studentId, start, end, page), page));
	}

	/** Weighted averages per subject (D1, D8), by default over the last 90 days. */
	@GetMapping("/api/diary/students/{studentId}/averages")
	List<DiaryMarks.SubjectAverage> averages(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(90);
		DiaryAccess.checkSpan(start, end);
		access.read(studentId, "averages");
		return marks.averages(studentId, start, end);
	}
}
