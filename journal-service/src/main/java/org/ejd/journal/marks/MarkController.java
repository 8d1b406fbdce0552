package org.ejd.journal.marks;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.security.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class MarkController {

	private final MarkBook book;

	MarkController(MarkBook book) {
		this.book = book;
	}

	@PostMapping("/marks")
	ResponseEntity<MarkResponse> post(@Valid @RequestBody MarkRequest request) {
		Mark mark = book.post(Callers.current(), new PostMark(request.studentId(), request.classGroupId(), request.subjectId(),
				request.value(), WorkType.valueOf(request.workType().toUpperCase()), request.workDate(), request.weight(),
				request.comment()));
		return ResponseEntity.created(URI.create("/api/journal/marks/" + mark.id())).body(MarkResponse.of(mark));
	}

	@GetMapping("/class-groups/{classGroupId}/marks")
	List<Marks.MarkRow> ofClassGroup(@PathVariable UUID classGroupId, @RequestParam UUID subjectId) {
		return book.ofClassGroup(Callers.current(), classGroupId, subjectId);
	}

	record MarkRequest(@NotNull UUID studentId, @NotNull UUID classGroupId, @NotNull UUID subjectId,
			@NotBlank @Size(max = 10) String value,
			@NotNull @Pattern(regexp = "(?i)oral|written|test|homework|distance|lab|other") String workType,
			@NotNull LocalDate workDate, Double weight, @Size(max = 1000) String comment) {
	}

	record MarkResponse(UUID id, UUID studentId, UUID classGroupId, UUID subjectId, String value, String workType,
			double weight, LocalDate workDate, boolean onTime, String comment) {
		static MarkResponse of(Mark m) {
			return new MarkResponse(m.id(), m.studentId(), m.classGroupId(), m.subjectId(), m.value().text(),
					m.workType().wire(), m.weight(), m.workDate(), m.onTime(), m.comment());
		}
	}
}
