package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class LessonSchedulingController {

	private final LessonScheduling scheduling;

	LessonSchedulingController(LessonScheduling scheduling) {
		this.scheduling = scheduling;
	}

	@PostMapping("/lessons/{id}/substitution")
	LessonResponse substitute(@PathVariable UUID id, @Valid @RequestBody SubstitutionRequest request) {
		return LessonResponse.of(scheduling.substitute(Callers.current(), id, request.teacherId(), request.reason()));
	}

	@PostMapping("/lessons/{id}/reschedule")
	LessonResponse reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
		return LessonResponse.of(scheduling.reschedule(Callers.current(), id, request.date(), request.periodNo(), request.reason()));
	}

	@PostMapping("/lessons/{id}/cancellation")
	LessonResponse cancel(@PathVariable UUID id, @Valid @RequestBody CancellationRequest request) {
		return LessonResponse.of(scheduling.cancel(Callers.current(), id, request.reason()));
	}

	/** Where the lesson is held; {@code room} blank or absent: no room of its own. */
	@PutMapping("/lessons/{id}/room")
	LessonResponse room(@PathVariable UUID id, @RequestBody RoomRequest request) {
		return LessonResponse.of(scheduling.moveToRoom(Callers.current(), id, request.room()));
	}

	/** {@code room}: documented here, refused by {@link Room#of} beyond its length as sent, with a detail naming the room. */
	record RoomRequest(@Nullable @Schema(maxLength = Room.MAX_LENGTH) String room) {
	}

	record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
	}

	record SubstitutionRequest(@NotNull UUID teacherId, @NotBlank @Size(max = 500) String reason) {
	}

	record RescheduleRequest(@NotNull LocalDate date, int periodNo, @NotBlank @Size(max = 500) String reason) {
	}
}
