package org.ejd.journal.homework;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ejd.journal.marks.domain.Mark;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Homework both ways over HTTP (ADR 0044): the student's tick and hand-in, the teacher's list, return and mark, work owed. */
@RestController
@RequestMapping("/api/journal")
class HomeworkController {

	private final MarkingHomeworkDone ticking;

	private final HandingInHomework handing;

	private final ReturningHomework returning;

	private final MarkingHandedInWork marking;

	private final HomeworkRegister register;

	HomeworkController(MarkingHomeworkDone ticking, HandingInHomework handing, ReturningHomework returning,
			MarkingHandedInWork marking, HomeworkRegister register) {
		this.ticking = ticking;
		this.handing = handing;
		this.returning = returning;
		this.marking = marking;
		this.register = register;
	}

	/** The student ticks the lesson's homework off as done. */
	@PutMapping("/lessons/{lessonId}/homework/done")
	HomeworkRegister.SubmissionView done(@PathVariable UUID lessonId) {
		ticking.done(Callers.current(), lessonId);
		return register.mine(Callers.current(), lessonId);
	}

	/** The student takes the tick back, while the homework is not yet due and no work is handed in. */
	@DeleteMapping("/lessons/{lessonId}/homework/done")
	HomeworkRegister.SubmissionView undo(@PathVariable UUID lessonId) {
		ticking.undo(Callers.current(), lessonId);
		return register.mine(Callers.current(), lessonId);
	}

	/** The student's own state of the lesson's homework. */
	@GetMapping("/lessons/{lessonId}/homework/mine")
	HomeworkRegister.SubmissionView mine(@PathVariable UUID lessonId) {
		return register.mine(Callers.current(), lessonId);
	}

	/** The student hands in a text answer (replacing an earlier text) before the due date. */
	@PostMapping("/lessons/{lessonId}/homework/submission")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<HomeworkRegister.SubmissionView> handInText(@PathVariable UUID lessonId, @Valid @RequestBody HandInTextRequest request) {
		HomeworkSubmission s = handing.handIn(Callers.current(), lessonId, request.text(), null);
		return ResponseEntity.created(URI.create("/api/journal/homework-submissions/" + s.id())).body(register.one(Callers.current(), s.id()));
	}

	/** The student hands in a file: the body is the file, its type in Content-Type, its name in the {@code file} parameter. */
	@PostMapping(path = "/lessons/{lessonId}/homework/submission/file", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<HomeworkRegister.SubmissionView> handInFile(@PathVariable UUID lessonId,
			@RequestParam("file") @Size(min = 1, max = 200) String fileName, HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		String type = contentType == null ? ""
				: MediaType.parseMediaType(contentType).getType() + "/" + MediaType.parseMediaType(contentType).getSubtype();
		// read one byte past the limit at most: an oversized upload is refused without filling memory
		byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, handing.maxBytes()) + 1);
		HomeworkSubmission s = handing.handIn(Callers.current(), lessonId, null,
				new HandingInHomework.Upload(fileName.strip(), type, content));
		return ResponseEntity.created(URI.create("/api/journal/homework-submissions/" + s.id())).body(register.one(Callers.current(), s.id()));
	}

	/** Who of the class handed in what for the lesson's homework: its teachers by the marks rule. */
	@GetMapping("/lessons/{lessonId}/homework/submissions")
	List<HomeworkRegister.HandInRow> ofLesson(@PathVariable UUID lessonId) {
		return register.ofLesson(Callers.current(), lessonId);
	}

	@GetMapping("/homework-submissions/{id}")
	HomeworkRegister.SubmissionView one(@PathVariable UUID id) {
		return register.one(Callers.current(), id);
	}

	/** The handed-in file, for its student and the lesson's teachers (personal data: never cached). */
	@GetMapping("/homework-submissions/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		HomeworkRegister.Download file = register.file(Callers.current(), id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	/** The teacher sends the work back with a comment, to be done again. */
	@PostMapping("/homework-submissions/{id}/return")
	HomeworkRegister.SubmissionView giveBack(@PathVariable UUID id, @Valid @RequestBody ReturnWorkRequest request) {
		returning.giveBack(Callers.current(), id, request.comment());
		return register.one(Callers.current(), id);
	}

	/** The teacher marks the work: a homework mark in the journal naming the submission. */
	@PostMapping("/homework-submissions/{id}/mark")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkMarked> mark(@PathVariable UUID id, @Valid @RequestBody MarkWorkRequest request) {
		Mark mark = marking.mark(Callers.current(), id, request.value(), request.comment());
		return ResponseEntity.created(URI.create("/api/journal/marks/" + mark.id()))
			.body(new WorkMarked(mark.id(), id, mark.value().text(), mark.workType().wire(), mark.workDate(), mark.onTime(), mark.version()));
	}

	/** Homework due and not handed in by the student (by default due in the last 30 days). */
	@GetMapping("/students/{studentId}/work-owed")
	List<HomeworkSubmissions.WorkOwed> owedByStudent(@PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return register.owedByStudent(Callers.current(), studentId, from, to);
	}

	/** Homework due and not handed in, for every student of the class group. */
	@GetMapping("/class-groups/{classGroupId}/work-owed")
	List<HomeworkSubmissions.WorkOwed> owedByClass(@PathVariable UUID classGroupId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return register.owedByClass(Callers.current(), classGroupId, from, to);
	}

	record HandInTextRequest(@NotBlank @Size(max = 20000) String text) {
	}

	record ReturnWorkRequest(@NotBlank @Size(max = 1000) String comment) {
	}

	record MarkWorkRequest(@NotBlank @Size(max = 10) String value, @Size(max = 1000) @Nullable String comment) {
	}

	record WorkMarked(UUID markId, UUID submissionId, String value, String workType, LocalDate workDate, boolean onTime, long version) {
	}
}
