package org.ejd.diary.changes;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ChangesController {

	private final ReadingChanges reading;

	ChangesController(ReadingChanges reading) {
		this.reading = reading;
	}

	/**
	 * A family's feed (marks, attendance, lessons, grades, timetable, roster,
	 * school-years): without a cursor the current state page by
	 * page ({@code snapshot: true}), then every change after it; {@code next} reads on, also to poll for new changes.
	 */
	@GetMapping("/api/diary/changes/{family}")
	ResponseEntity<FeedPage> changes(@PathVariable @Size(max = 20) String family,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor,
			@RequestParam(defaultValue = "100")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + ReadingChanges.MAX_LIMIT, defaultValue = "100")) int limit) {
		ReadingChanges.Page page = reading.page(Callers.current(), family, cursor, limit);
		FeedPage body = new FeedPage(page.family(), page.snapshot(), page.changes(), page.cursor(), page.more(), page.next(limit));
		return Paging.answer(body, page.more() ? page.cursor() : null, limit);
	}

	record FeedPage(@Schema(allowableValues = { "marks", "attendance", "grades", "lessons", "timetable", "roster", "school-years" }) String family, boolean snapshot, List<ReadingChanges.Change> changes, String cursor, boolean more,
			String next) {
	}
}
