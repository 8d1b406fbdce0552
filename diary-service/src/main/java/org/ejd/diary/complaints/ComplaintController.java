package org.ejd.diary.complaints;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ejd.diary.complaints.AnsweringComplaint.AnswerComplaint;
import org.ejd.diary.complaints.ComplaintRegister.OverdueLine;
import org.ejd.diary.complaints.FilingComplaint.FileComplaint;
import org.ejd.platform.security.Callers;
import org.ejd.platform.web.Csv;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ComplaintController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final FilingComplaint filing;

	private final AssigningComplaint assigning;

	private final AnsweringComplaint answering;

	private final ComplaintRegister register;

	ComplaintController(FilingComplaint filing, AssigningComplaint assigning, AnsweringComplaint answering, ComplaintRegister register) {
		this.filing = filing;
		this.assigning = assigning;
		this.answering = answering;
		this.register = register;
	}

	/** The family files a complaint about the student's diary, or the school desk registers an oral or paper one (D12). */
	@PostMapping(path = "/api/diary/students/{studentId}/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ComplaintView> file(@PathVariable UUID studentId, @Valid @RequestBody FileComplaint complaint) {
		ComplaintView filed = filing.file(Callers.current(), studentId, complaint);
		return ResponseEntity.created(URI.create("/api/diary/complaints/" + filed.id())).body(filed);
	}

	/** The complaints about the student, newest first, for the student and the guardians representing them. */
	@GetMapping(path = "/api/diary/students/{studentId}/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ComplaintView> ofStudent(@PathVariable UUID studentId) {
		return register.ofStudent(Callers.current(), studentId);
	}

	@GetMapping(path = "/api/diary/complaints/{complaintId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ComplaintView one(@PathVariable UUID complaintId) {
		return register.one(Callers.current(), complaintId);
	}

	record Assignment(@Nullable UUID assigneeId) {
	}

	@PutMapping(path = "/api/diary/complaints/{complaintId}/assignee", produces = MediaType.APPLICATION_JSON_VALUE)
	ComplaintView assign(@PathVariable UUID complaintId, @RequestBody Assignment assignment) {
		return assigning.assign(Callers.current(), complaintId, assignment.assigneeId());
	}

	@PostMapping(path = "/api/diary/complaints/{complaintId}/answer", produces = MediaType.APPLICATION_JSON_VALUE)
	ComplaintView answer(@PathVariable UUID complaintId, @Valid @RequestBody AnswerComplaint answer) {
		return answering.answer(Callers.current(), complaintId, answer);
	}

	/** The written answer to a written complaint, as a PDF to print and sign. */
	@GetMapping(path = "/api/diary/complaints/{complaintId}/answer", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> answerPdf(@PathVariable UUID complaintId) {
		ComplaintAnswerPdf.Answer answer = register.writtenAnswer(Callers.current(), complaintId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("answer-" + answer.complaint().number() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(ComplaintAnswerPdf.write(answer, "eJD diary-service"));
	}

	/** The school's register by due day: {@code status} open (default), answered or all; cursor-paged. */
	@GetMapping(path = "/api/diary/schools/{schoolId}/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ComplaintRegister.Page> ofSchool(@PathVariable UUID schoolId, @RequestParam(defaultValue = "open") @Size(max = 16) String status,
			@RequestParam(required = false) @Size(max = 512) @Nullable String cursor, @RequestParam(defaultValue = "50")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + ComplaintRegister.MAX_LIMIT, defaultValue = "50")) int limit) {
		ComplaintRegister.Page page = register.ofSchool(Callers.current(), schoolId, status, cursor, limit);
		return Paging.answer(page, page.nextCursor(), limit);
	}

	@GetMapping(path = "/api/diary/schools/{schoolId}/complaints/overdue", produces = MediaType.APPLICATION_JSON_VALUE)
	List<OverdueLine> overdueOfSchool(@PathVariable UUID schoolId) {
		return register.overdueOfSchool(Callers.current(), schoolId);
	}

	@GetMapping(path = "/api/diary/schools/{schoolId}/complaints/overdue", produces = "text/csv")
	ResponseEntity<String> overdueOfSchoolCsv(@PathVariable UUID schoolId) {
		return csv(register.overdueOfSchool(Callers.current(), schoolId), true);
	}

	@GetMapping(path = "/api/diary/regions/{regionCode}/complaints/overdue", produces = MediaType.APPLICATION_JSON_VALUE)
	List<OverdueLine> overdueOfRegion(@PathVariable @Size(max = 2) String regionCode) {
		return register.overdueOfRegion(Callers.current(), regionCode);
	}

	@GetMapping(path = "/api/diary/regions/{regionCode}/complaints/overdue", produces = "text/csv")
	ResponseEntity<String> overdueOfRegionCsv(@PathVariable @Size(max = 2) String regionCode) {
		return csv(register.overdueOfRegion(Callers.current(), regionCode), false);
	}

	/** Semicolon-separated for a Russian spreadsheet, cells defused by platform Csv (names and subjects come from people). */
	private static ResponseEntity<String> csv(List<OverdueLine> lines, boolean withStudent) {
		char sep = ';';
		StringBuilder out = new StringBuilder(Csv.BOM);
		out.append(withStudent
				? Csv.row(sep, "Номер", "Школа", "Обучающийся", "Форма", "Предмет", "Поступило", "Срок", "Просрочено дней", "Назначен исполнитель")
				: Csv.row(sep, "Номер", "Школа", "Форма", "Предмет", "Поступило", "Срок", "Просрочено дней", "Назначен исполнитель"));
		for (OverdueLine l : lines) {
			String assigned = l.assigned() ? "да" : "нет";
			out.append(withStudent
					? Csv.row(sep, l.number(), l.schoolName(), l.studentName(), l.form(), l.subjectName(), l.filedOn(), l.dueOn(),
							l.daysOverdue(), assigned)
					: Csv.row(sep, l.number(), l.schoolName(), l.form(), l.subjectName(), l.filedOn(), l.dueOn(), l.daysOverdue(), assigned));
		}
		return ResponseEntity.ok().contentType(CSV).cacheControl(CacheControl.noStore()).body(out.toString());
	}
}
