package org.ejd.diary.status;

import java.time.Instant;
import java.util.Map;

import org.ejd.diary.marks.DiaryMarks;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusController {

	private final EventFreshness freshness;

	private final ConsumerLag lag;

	private final SchoolTime time;

	private final DiaryMarks marks;

	StatusController(EventFreshness freshness, ConsumerLag lag, SchoolTime time, DiaryMarks marks) {
		this.freshness = freshness;
		this.lag = lag;
		this.time = time;
		this.marks = marks;
	}

	/**
	 * How fresh the diary is: the event → visible delay since start (p50, p99, max), the events each topic still holds
	 * for the diary, and the newest mark shown: the time of the event that last changed a mark ({@code diary_mark.event_time})
	 * and how long before {@code measuredAt} it happened. No personal data: any authenticated caller may ask
	 * (docs/roles-and-scopes.md).
	 */
	@GetMapping("/api/diary/status")
	Status status() {
		Instant now = time.now();
		Instant newest = marks.newestEventTime().orElse(null);
		return new Status(freshness.delay(), lag.perTopic(),
				new Marks(newest, newest == null ? null : Math.max(0, java.time.Duration.between(newest, now).toMillis())), now);
	}

	record Status(EventFreshness.Delay visibleDelay, Map<String, Long> consumerLag, Marks marks, Instant measuredAt) {
	}

	/** @param newestEventTime null while the diary shows no mark */
	record Marks(@Nullable Instant newestEventTime, @Nullable Long newestEventAgeMillis) {
	}
}
