package org.ejd.diary.changes;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
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
	FeedPage changes(@PathVariable String family, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "100") @Min(1) @Max(ReadingChanges.MAX_LIMIT) int limit) {
		ReadingChanges.Page page = reading.page(Callers.current(), family, cursor, limit);
		return new FeedPage(page.family(), page.snapshot(), page.changes(), page.cursor(), page.more(), page.next(limit));
	}

	record FeedPage(String family, boolean snapshot, List<ReadingChanges.Change> changes, String cursor, boolean more,
			String next) {
	}
}
