package org.ejd.journal.compliance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.Csv;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ComplianceController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ComplianceReport report;

	private final ClassTeacherCompliance classTeachers;

	private final MissingYearMarks missingYearMarks;

	ComplianceController(ComplianceReport report, ClassTeacherCompliance classTeachers, MissingYearMarks missingYearMarks) {
		this.report = report;
		this.classTeachers = classTeachers;
		this.missingYearMarks = missingYearMarks;
	}

	/** J9 per class teacher: the class's entries late or missing and the class teacher's own duties. */
	@GetMapping(path = "/api/journal/schools/{schoolId}/compliance/class-teachers", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ClassTeacherCompliance.Row> byClassTeacher(@PathVariable UUID schoolId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return classTeachers.of(Callers.current(), schoolId, from, to);
	}

	/** The students still without a year mark (a deferred one with its date), per class and subject. */
	@GetMapping(path = "/api/journal/schools/{schoolId}/compliance/missing-year-marks", produces = MediaType.APPLICATION_JSON_VALUE)
	List<MissingYearMarks.Row> missingYearMarks(@PathVariable UUID schoolId,
			@RequestParam @jakarta.validation.constraints.Pattern(regexp = "\\d{4}/\\d{4}") String academicYear) {
		return missingYearMarks.of(Callers.current(), schoolId, academicYear);
	}

	@GetMapping(path = "/api/journal/schools/{schoolId}/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ComplianceReport.Row> json(@PathVariable UUID schoolId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return report.of(Callers.current(), schoolId, from, to);
	}

	/** The same report for a spreadsheet: Russian headers, UTF-8 with a byte-order mark so Excel reads Cyrillic. */
	@GetMapping(path = "/api/journal/schools/{schoolId}/compliance", produces = "text/csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID schoolId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append("Педагог;Класс/группа;Предмет;Отметок;Из них с опозданием;Уроков проведено;Без темы;Тема с опозданием;")
			.append("Без отметки посещаемости;Посещаемость с опозданием;Нет отметок за период;Отметки за период с опозданием\r\n");
		for (ComplianceReport.Row r : report.of(Callers.current(), schoolId, from, to)) {
			out.append(cell(r.teacherName())).append(';').append(cell(r.classGroupName())).append(';').append(cell(r.subjectName()))
				.append(';').append(r.marks()).append(';').append(r.marksLate()).append(';').append(r.lessons()).append(';')
				.append(r.lessonsWithoutTopic()).append(';').append(r.topicsLate()).append(';').append(r.lessonsWithoutAttendance())
				.append(';').append(r.attendanceLate()).append(';').append(r.periodMarksMissing()).append(';').append(r.periodMarksLate())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + from + "-" + to + ".csv\"")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String cell(String text) {
		return Csv.cell(text, ';');
	}
}
