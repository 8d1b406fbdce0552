package org.ejd.journal.classes;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class SchoolStructureController {

	private final SchoolStructure structure;

	SchoolStructureController(SchoolStructure structure) {
		this.structure = structure;
	}

	@PostMapping("/schools/{schoolId}/class-groups")
	@ResponseStatus(HttpStatus.CREATED)
	ClassGroup classGroup(@PathVariable UUID schoolId, @Valid @RequestBody ClassGroupRequest request) {
		return structure.createClassGroup(Callers.current(), schoolId, request.name().strip(),
				ClassGroup.Kind.valueOf(request.kind() == null ? "CLASS" : request.kind().toUpperCase()), request.academicYear(),
				request.parentId());
	}

	@PostMapping("/schools/{schoolId}/subjects")
	@ResponseStatus(HttpStatus.CREATED)
	ClassBook.Subject subject(@PathVariable UUID schoolId, @Valid @RequestBody SubjectRequest request) {
		return structure.createSubject(Callers.current(), schoolId, request.name().strip());
	}

	@PostMapping("/class-groups/{classGroupId}/enrolments")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> enrol(@PathVariable UUID classGroupId, @Valid @RequestBody EnrolmentRequest request) {
		return Map.of("id", structure.enrol(Callers.current(), classGroupId, request.studentId(), request.from()));
	}

	/** Moves a student to another class group from a date; the old enrolment and its records stay. */
	@PostMapping("/class-groups/{classGroupId}/enrolments/{studentId}/transfer")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> transfer(@PathVariable UUID classGroupId, @PathVariable UUID studentId,
			@Valid @RequestBody TransferRequest request) {
		return Map.of("id", structure.transfer(Callers.current(), classGroupId, studentId, request.toClassGroupId(), request.from()));
	}

	@org.springframework.web.bind.annotation.PutMapping("/class-groups/{classGroupId}/class-teacher")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void classTeacher(@PathVariable UUID classGroupId, @Valid @RequestBody ClassTeacherRequest request) {
		structure.appointClassTeacher(Callers.current(), classGroupId, request.teacherId());
	}

	@PostMapping("/class-groups/{classGroupId}/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> assign(@PathVariable UUID classGroupId, @Valid @RequestBody AssignmentRequest request) {
		return Map.of("id", structure.assign(Callers.current(), classGroupId, request.teacherId(), request.subjectId(),
				request.from(), request.to()));
	}

	record ClassGroupRequest(@Schema(example = "5А") @NotBlank @Size(max = 50) String name,
			@Pattern(regexp = "(?i)class|subgroup|stream|individual") String kind,
			@NotBlank @Pattern(regexp = "\\d{4}/\\d{4}") String academicYear, UUID parentId) {
	}

	record SubjectRequest(@Schema(example = "Математика") @NotBlank @Size(max = 200) String name) {
	}

	record EnrolmentRequest(@NotNull UUID studentId, @NotNull LocalDate from) {
	}

	record ClassTeacherRequest(@NotNull UUID teacherId) {
	}

	record TransferRequest(@NotNull UUID toClassGroupId, @NotNull LocalDate from) {
	}

	record AssignmentRequest(@NotNull UUID teacherId, @NotNull UUID subjectId, @NotNull LocalDate from, LocalDate to) {
	}
}
