package org.ejd.journal.lessons;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.IfMatch;
import org.ejd.platform.web.SendsETag;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A lesson's record over HTTP; its {@code ETag} is its version, sent back in {@code If-Match} to change its content. */
@RestController
@RequestMapping("/api/journal")
class LessonController {

	/** The most lessons on one page; also the default, so a caller without {@code limit} gets its span whole as before. */
	static final int MAX_LIMIT = 500;

	static final String PAGE_SIZE = "Записей на странице, от 1 до " + MAX_LIMIT + " (без limit — " + MAX_LIMIT + "); вне этих границ — 400 / items per page, 1 to "
			+ MAX_LIMIT + " (" + MAX_LIMIT + " without limit); outside it 400";

	static final String LESSON_TYPES = "(?i)regular|test|lab|distance|excursion|other";

	private final LessonRecords records;

	LessonController(LessonRecords records) {
		this.records = records;
	}

	@PostMapping("/lessons")
	@ResponseStatus(HttpStatus.CREATED)
	@SendsETag
	ResponseEntity<LessonResponse> record(@Valid @RequestBody LessonRequest request) {
		Lesson lesson = records.record(Callers.current(), new RecordLesson(request.classGroupId(), request.subjectId(),
				request.date(), request.periodNo(), type(request.type()), blankToNull(request.topic()),
				blankToNull(request.homework()), request.homeworkDue(), request.room()));
		return ResponseEntity.created(URI.create("/api/journal/lessons/" + lesson.id())).eTag(IfMatch.etag(lesson.version()))
			.body(LessonResponse.of(lesson));
	}

	@GetMapping("/lessons/{id}")
	@SendsETag
	ResponseEntity<LessonResponse> get(@PathVariable UUID id) {
		Lesson lesson = records.get(Callers.current(), id);
		return ResponseEntity.ok().eTag(IfMatch.etag(lesson.version())).body(LessonResponse.of(lesson));
	}

	@PutMapping("/lessons/{id}/content")
	@SendsETag
	ResponseEntity<LessonResponse> describe(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ContentRequest request) {
		Lesson lesson = records.describe(Callers.current(), id, IfMatch.version(ifMatch), type(request.type()),
				blankToNull(request.topic()), blankToNull(request.homework()), request.homeworkDue(), request.reason());
		return ResponseEntity.ok().eTag(IfMatch.etag(lesson.version())).body(LessonResponse.of(lesson));
	}

	/** Why the lesson was changed after its period was closed (for the administration and its teachers). */
	/** J11: every change of the topic, type and homework (old and new value, who, when, why after closing), oldest first. */
	@GetMapping("/lessons/{id}/history")
	List<LessonChangeLog.ContentChange> history(@PathVariable UUID id) {
		return records.history(Callers.current(), id);
	}

	@GetMapping("/lessons/{id}/changes-after-closing")
	List<String> changesAfterClosing(@PathVariable UUID id) {
		return records.changesAfterClosing(Callers.current(), id);
	}

	/**
	 * A class group's lessons over a span of days: cursor-paged ({@code limit} up to {@value #MAX_LIMIT}, also the
	 * default; the {@code next} link in {@code Link}).
	 */
	@GetMapping("/class-groups/{classGroupId}/lessons")
	ResponseEntity<List<LessonResponse>> ofClassGroup(@PathVariable UUID classGroupId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer", format = "int32",
					minimum = "1", maximum = "" + MAX_LIMIT)) @Nullable Integer limit,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor, 3, MAX_LIMIT, MAX_LIMIT);
		return Paging.answer(records.ofClassGroup(Callers.current(), classGroupId, from, to, page).map(LessonResponse::of), page);
	}

	private static Lesson.Type type(String text) {
		return text == null ? Lesson.Type.REGULAR : Lesson.Type.valueOf(text.toUpperCase());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	record LessonRequest(@NotNull UUID classGroupId, @NotNull UUID subjectId, @NotNull LocalDate date, int periodNo,
			@Pattern(regexp = LESSON_TYPES) String type, @Size(max = 500) String topic, @Size(max = 4000) String homework,
			LocalDate homeworkDue, @Size(max = Room.MAX_LENGTH) String room) {
	}

	/** {@code reason}: required when the lesson lies in a closed reporting period. */
	record ContentRequest(@Pattern(regexp = LESSON_TYPES) String type, @Size(max = 500) String topic,
			@Size(max = 4000) String homework, LocalDate homeworkDue, @Size(max = 1000) String reason) {
	}
}
