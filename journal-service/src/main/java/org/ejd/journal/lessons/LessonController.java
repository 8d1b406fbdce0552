package org.ejd.journal.lessons;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.ApiException;
import org.ejd.platform.web.IfMatch;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class LessonController {

	static final String LESSON_TYPES = "(?i)regular|test|lab|distance|excursion|other";

	static final String STATUSES = "(?i)present|absent|late|ill|excused";

	private final LessonBook book;

	LessonController(LessonBook book) {
		this.book = book;
	}

	@PostMapping("/lessons")
	ResponseEntity<LessonResponse> record(@Valid @RequestBody LessonRequest request) {
		Lesson lesson = book.record(Callers.current(), new LessonBook.RecordLesson(request.classGroupId(), request.subjectId(),
				request.date(), request.periodNo(), type(request.type()), blankToNull(request.topic()),
				blankToNull(request.homework()), request.homeworkDue()));
		return ResponseEntity.created(URI.create("/api/journal/lessons/" + lesson.id())).eTag(IfMatch.etag(lesson.version()))
			.body(LessonResponse.of(lesson));
	}

	@GetMapping("/lessons/{id}")
	ResponseEntity<LessonResponse> get(@PathVariable UUID id) {
		Lesson lesson = book.get(Callers.current(), id);
		return ResponseEntity.ok().eTag(IfMatch.etag(lesson.version())).body(LessonResponse.of(lesson));
	}

	@PutMapping("/lessons/{id}/content")
	ResponseEntity<LessonResponse> describe(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ContentRequest request) {
		Lesson lesson = book.describe(Callers.current(), id, IfMatch.version(ifMatch), type(request.type()), blankToNull(request.topic()),
				blankToNull(request.homework()), request.homeworkDue(), request.reason());
		return ResponseEntity.ok().eTag(IfMatch.etag(lesson.version())).body(LessonResponse.of(lesson));
	}

	@PutMapping("/lessons/{id}/attendance")
	List<Lessons.AttendanceRow> takeAttendance(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request) {
		return book.takeAttendance(Callers.current(), id, request.entries().stream()
			.map(e -> new LessonBook.Mark(e.studentId(), AttendanceStatus.valueOf(e.status().toUpperCase()), blankToNull(e.reason()),
					e.minutesLate()))
			.toList(), request.reason());
	}

	/** Why the lesson was changed after its period was closed (for the administration and its teachers). */
	@GetMapping("/lessons/{id}/changes-after-closing")
	List<String> changesAfterClosing(@PathVariable UUID id) {
		return book.changesAfterClosing(Callers.current(), id);
	}

	@GetMapping("/lessons/{id}/attendance")
	List<Lessons.AttendanceRow> attendance(@PathVariable UUID id) {
		return book.attendance(Callers.current(), id);
	}

	@PostMapping("/lessons/{id}/substitution")
	LessonResponse substitute(@PathVariable UUID id, @Valid @RequestBody SubstitutionRequest request) {
		return LessonResponse.of(book.substitute(Callers.current(), id, request.teacherId(), request.reason()));
	}

	@PostMapping("/lessons/{id}/reschedule")
	LessonResponse reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
		return LessonResponse.of(book.reschedule(Callers.current(), id, request.date(), request.periodNo(), request.reason()));
	}

	/** A homework file: the body is the file, its type in Content-Type, its name in the {@code file} parameter. */
	@PostMapping(path = "/lessons/{id}/attachments", consumes = org.springframework.http.MediaType.ALL_VALUE)
	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
	java.util.Map<String, UUID> attach(@PathVariable UUID id, @RequestParam("file") @Size(min = 1, max = 200) String fileName,
			jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
		String contentType = request.getContentType();
		String type = contentType == null ? "" : org.springframework.http.MediaType.parseMediaType(contentType).getType() + "/"
				+ org.springframework.http.MediaType.parseMediaType(contentType).getSubtype();
		// read one byte past the limit at most: an oversized upload is refused without filling memory
		byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, book.maxAttachmentBytes()) + 1);
		return java.util.Map.of("id", book.attach(Callers.current(), id, fileName.strip(), type, content));
	}

	/** Download by the signed link the diary shows (no token: homework material, link valid for a while). */
	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID attachmentId, @RequestParam long expires, @RequestParam String signature) {
		LessonBook.Download file = book.download(attachmentId, expires, signature)
			.orElseThrow(() -> ApiException.notFound("journal.attachment.not-found"));
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
				.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	@GetMapping("/class-groups/{classGroupId}/lessons")
	List<LessonResponse> ofClassGroup(@PathVariable UUID classGroupId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return book.ofClassGroup(Callers.current(), classGroupId, from, to).stream().map(LessonResponse::of).toList();
	}

	private static Lesson.Type type(String text) {
		return text == null ? Lesson.Type.REGULAR : Lesson.Type.valueOf(text.toUpperCase());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}



	record LessonRequest(@NotNull UUID classGroupId, @NotNull UUID subjectId, @NotNull LocalDate date, int periodNo,
			@Pattern(regexp = LESSON_TYPES) String type, @Size(max = 500) String topic, @Size(max = 4000) String homework,
			LocalDate homeworkDue) {
	}

	/** {@code reason}: required when the lesson lies in a closed reporting period. */
	record ContentRequest(@Pattern(regexp = LESSON_TYPES) String type, @Size(max = 500) String topic,
			@Size(max = 4000) String homework, LocalDate homeworkDue, @Size(max = 1000) String reason) {
	}

	record AttendanceRequest(@NotEmpty @Size(max = 60) List<@Valid Entry> entries, @Size(max = 1000) String reason) {

		record Entry(@NotNull UUID studentId, @NotNull @Pattern(regexp = STATUSES) String status, @Size(max = 500) String reason,
				Integer minutesLate) {
		}
	}

	record SubstitutionRequest(@NotNull UUID teacherId, @jakarta.validation.constraints.NotBlank @Size(max = 500) String reason) {
	}

	record RescheduleRequest(@NotNull LocalDate date, int periodNo, @jakarta.validation.constraints.NotBlank @Size(max = 500) String reason) {
	}

	record LessonResponse(UUID id, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date, int periodNo, String type,
			String topic, String homework, LocalDate homeworkDue, boolean topicOnTime, long version, Lesson.Change change) {
		static LessonResponse of(Lesson l) {
			return new LessonResponse(l.id(), l.classGroupId(), l.subjectId(), l.teacherId(), l.date(), l.periodNo(), l.type().wire(),
					l.topic(), l.homework(), l.homeworkDue(), l.topicOnTime(), l.version(), l.change());
		}
	}
}
