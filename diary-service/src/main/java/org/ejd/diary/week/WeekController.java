package org.ejd.diary.week;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.marks.ContentTags;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.ejd.platform.web.SendsETag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class WeekController {

	private final DiaryAccess access;

	private final WeekAnswers answers;

	WeekController(DiaryAccess access, WeekAnswers answers) {
		this.access = access;
		this.answers = answers;
	}

	/**
	 * The week (Monday–Friday; Saturday and Sunday only when they have lessons or marks) that holds {@code date}, by default the school's
	 * today in its own time zone. The ETag is a hash of the content: {@code If-None-Match} with it answers 304. The week is
	 * answered from memory while its stamp, read by the access check's own statement, is unchanged (ADR 0081).
	 */
	@GetMapping(path = "/api/diary/students/{studentId}/week", produces = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "200", description = "The week", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = WeekView.class)))
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = ContentTags.IF_NONE_MATCH, schema = @Schema(type = "string"))
	@SendsETag
	ResponseEntity<byte[]> week(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			WebRequest request) {
		String stamp = access.readSelecting(studentId, "week", WeekAnswers.STAMP);
		LocalDate today = access.today(studentId);
		return answers.answer(studentId, (date != null ? date : today).with(DayOfWeek.MONDAY), today, stamp, request);
	}

}
