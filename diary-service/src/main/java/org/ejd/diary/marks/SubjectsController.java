package org.ejd.diary.marks;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.diary.family.DiaryAccess;
import org.jspecify.annotations.Nullable;
import org.ejd.platform.web.SendsETag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class SubjectsController {

	private final MarksBySubject subjects;

	private final DiaryAccess access;

	private final ContentTags tags;

	SubjectsController(MarksBySubject subjects, DiaryAccess access, ContentTags tags) {
		this.subjects = subjects;
		this.access = access;
		this.tags = tags;
	}

	/** Marks by subject for a reporting period (D1), by default the one holding the school's today, with their history (J11). */
	@GetMapping("/api/diary/students/{studentId}/subjects")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = ContentTags.IF_NONE_MATCH, schema = @Schema(type = "string"))
	@SendsETag
	ResponseEntity<MarksBySubject.SubjectsView> subjects(@PathVariable UUID studentId,
			@RequestParam(required = false) @Nullable UUID periodId, WebRequest request) {
		access.read(studentId, "marks-by-subject");
		return tags.answer(request, subjects.of(studentId, subjects.period(studentId, periodId)));
	}

	/** The student's own weekly average per subject over the academic year of the period (no ranking). */
	@GetMapping("/api/diary/students/{studentId}/trend")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = ContentTags.IF_NONE_MATCH, schema = @Schema(type = "string"))
	@SendsETag
	ResponseEntity<MarksBySubject.TrendView> trend(@PathVariable UUID studentId,
			@RequestParam(required = false) @Nullable UUID periodId, WebRequest request) {
		access.read(studentId, "trend");
		return tags.answer(request, subjects.trend(studentId, subjects.period(studentId, periodId)));
	}
}
