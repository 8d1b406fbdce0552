package org.ejd.journal.marks;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.security.Callers;
import org.ejd.platform.web.IfMatch;
import org.ejd.platform.web.SendsETag;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks over HTTP. A mark's {@code ETag} is its version; a correction or deletion must send it
 * back in {@code If-Match}, so two people editing the same mark cannot overwrite each other.
 */
@RestController
@RequestMapping("/api/journal")
class MarkController {

	/**
	 * The most marks on one page of a class group's list; also the default, so a caller without {@code limit} gets the
	 * first 1000 (a subject's year for one class, as before paging, unless it is larger).
	 */
	static final int MAX_LIMIT = 1000;

	static final String PAGE_SIZE = "Записей на странице, от 1 до " + MAX_LIMIT + " (без limit — " + MAX_LIMIT + "); вне этих границ — 400 / items per page, 1 to "
			+ MAX_LIMIT + " (" + MAX_LIMIT + " without limit); outside it 400";

	private final MarkBook book;

	MarkController(MarkBook book) {
		this.book = book;
	}

	@PostMapping("/marks")
	@ResponseStatus(HttpStatus.CREATED)
	@SendsETag
	ResponseEntity<MarkResponse> post(@Valid @RequestBody MarkRequest request) {
		Mark mark = book.post(Callers.current(), new PostMark(request.studentId(), request.classGroupId(), request.subjectId(),
				request.value(), workType(request.workType()), request.workDate(), null, request.comment(), request.reason()));
		return ResponseEntity.created(URI.create("/api/journal/marks/" + mark.id())).eTag(IfMatch.etag(mark.version())).body(MarkResponse.of(mark));
	}

	/** A whole class's marks for one piece of work: all or nothing. */
	@PostMapping("/marks/batch")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<List<MarkResponse>> postAll(@Valid @RequestBody BatchRequest request) {
		List<Mark> posted = book.postAll(Callers.current(), new MarkBook.PostMarks(request.classGroupId(), request.subjectId(),
				workType(request.workType()), request.workDate(), null,
				request.marks().stream().map(e -> new MarkBook.PostMarks.Entry(e.studentId(), e.value(), e.comment())).toList(),
				request.reason()));
		return ResponseEntity.status(HttpStatus.CREATED).body(posted.stream().map(MarkResponse::of).toList());
	}

	@GetMapping("/marks/{id}")
	@SendsETag
	ResponseEntity<MarkResponse> get(@PathVariable UUID id) {
		Mark mark = book.get(Callers.current(), id);
		return ResponseEntity.ok().eTag(IfMatch.etag(mark.version())).body(MarkResponse.of(mark));
	}

	@GetMapping("/marks/{id}/history")
	List<Marks.Change> history(@PathVariable UUID id) {
		return book.history(Callers.current(), id);
	}

	@PatchMapping("/marks/{id}")
	@SendsETag
	ResponseEntity<MarkResponse> correct(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody CorrectionRequest request) {
		Mark mark = book.correct(Callers.current(), id, IfMatch.version(ifMatch), request.value(), request.comment(),
				request.countsInAverage(), request.reason());
		return ResponseEntity.ok().eTag(IfMatch.etag(mark.version())).body(MarkResponse.of(mark));
	}

	@DeleteMapping("/marks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestParam @NotBlank @Size(max = 1000) String reason) {
		book.delete(Callers.current(), id, IfMatch.version(ifMatch), reason);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The marks of a class group in a subject, oldest work first: cursor-paged ({@code limit} up to {@value #MAX_LIMIT},
	 * also the default; the {@code next} link in {@code Link}).
	 */
	@GetMapping("/class-groups/{classGroupId}/marks")
	ResponseEntity<List<Marks.MarkRow>> ofClassGroup(@PathVariable UUID classGroupId, @RequestParam UUID subjectId,
			@RequestParam(required = false) @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer", format = "int32",
					minimum = "1", maximum = "" + MAX_LIMIT)) @Nullable Integer limit,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor, 3, MAX_LIMIT, MAX_LIMIT);
		return Paging.answer(book.ofClassGroup(Callers.current(), classGroupId, subjectId, page), page);
	}



	private static WorkType workType(String text) {
		return WorkType.valueOf(text.toUpperCase());
	}

	static final String WORK_TYPES = "(?i)oral|written|test|homework|distance|lab|other";

	/** The weight is not the teacher's to choose: it is the school's averaging policy for the work type. */
	record MarkRequest(@NotNull UUID studentId, @NotNull UUID classGroupId, @NotNull UUID subjectId,
			@NotBlank @Size(max = 10) String value, @NotNull @Pattern(regexp = WORK_TYPES) String workType,
			@NotNull LocalDate workDate, @Size(max = 1000) String comment, @Size(max = 1000) String reason) {
	}

	record BatchRequest(@NotNull UUID classGroupId, @NotNull UUID subjectId, @NotNull @Pattern(regexp = WORK_TYPES) String workType,
			@NotNull LocalDate workDate, @NotEmpty @Size(max = MarkBook.MAX_BATCH) List<@Valid Entry> marks,
			@Size(max = 1000) String reason) {

		// its own name: springdoc names a schema by the simple class name, and attendance has an Entry too
		@Schema(name = "MarkBatchEntry")
		record Entry(@NotNull UUID studentId, @NotBlank @Size(max = 10) String value, @Size(max = 1000) String comment) {
		}
	}

	/** Any of value, comment and countsInAverage; what is left out stays as it is. */
	record CorrectionRequest(@Size(min = 1, max = 10) String value, @Size(max = 1000) String comment, Boolean countsInAverage,
			@NotBlank @Size(max = 1000) String reason) {
	}

	record MarkResponse(UUID id, UUID studentId, UUID classGroupId, UUID subjectId, String value, String workType,
			double weight, LocalDate workDate, boolean onTime, String comment, long version, boolean deleted,
			boolean countsInAverage) {
		static MarkResponse of(Mark m) {
			return new MarkResponse(m.id(), m.studentId(), m.classGroupId(), m.subjectId(), m.value().text(),
					m.workType().wire(), m.weight(), m.workDate(), m.onTime(), m.comment(), m.version(), m.deleted(), m.counted());
		}
	}
}
