package org.ejd.diary.status;

import java.time.Instant;
import java.util.Map;

import org.ejd.platform.time.SchoolTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusController {

	private final EventFreshness freshness;

	private final ConsumerLag lag;

	private final SchoolTime time;

	StatusController(EventFreshness freshness, ConsumerLag lag, SchoolTime time) {
		this.freshness = freshness;
		this.lag = lag;
		this.time = time;
	}

	/**
	 * How fresh the diary is: the event → visible delay since start (p50, p99, max) and the events each topic still
	 * holds for the diary. No personal data: any authenticated caller may ask (docs/roles-and-scopes.md).
	 */
	@GetMapping("/api/diary/status")
	Status status() {
		return new Status(freshness.delay(), lag.perTopic(), time.now());
	}

	record Status(EventFreshness.Delay visibleDelay, Map<String, Long> consumerLag, Instant measuredAt) {
	}
}
