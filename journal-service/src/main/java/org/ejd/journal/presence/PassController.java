package org.ejd.journal.presence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The door of a school's access-control system (D14): a batch of entries and exits; retried safely by its own pass ids. */
@RestController
class PassController {

	private final RecordingPasses recording;

	PassController(RecordingPasses recording) {
		this.recording = recording;
	}

	@PostMapping("/api/journal/schools/{schoolId}/passes")
	RecordingPasses.Outcome post(@PathVariable UUID schoolId, @RequestBody Batch batch) {
		List<RecordingPasses.Pass> passes = batch.passes() == null ? null
				: batch.passes().stream().map(p -> p == null ? null : p.toPass()).toList();
		return recording.record(Callers.current(), schoolId, passes);
	}

	/**
	 * Up to 500 passes, kept whole or refused whole: the limits are documented here and checked by {@link RecordingPasses},
	 * which names each bad pass (a Bean Validation cascade would refuse the batch naming only some).
	 */
	record Batch(@Nullable @ArraySchema(maxItems = RecordingPasses.MAX_BATCH) List<PassRequest> passes) {
	}

	/**
	 * One pass: the system's own id of it (a pass sent again with the same id is recorded once), the student, {@code entry}
	 * or {@code exit}, when, and where (optional).
	 */
	record PassRequest(@Schema(example = "skud-2026-09-15-000482", maxLength = RecordingPasses.MAX_ID) @Nullable String passId, @Nullable UUID studentId,
			@Schema(allowableValues = { "entry", "exit" }, maxLength = 5) @Nullable String direction, @Nullable Instant at,
			@Schema(example = "Главный вход", maxLength = RecordingPasses.MAX_ID) @Nullable String point) {

		RecordingPasses.Pass toPass() {
			return new RecordingPasses.Pass(passId, studentId, direction, at, point);
		}
	}
}
