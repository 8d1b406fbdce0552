package org.ejd.diary.perf;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick of the performance run (perf/, issue 13): an empty handler on the same path as the diary's reads,
 * behind the same token check, so that each view's figure can be given as a share of what the frameworks alone allow.
 * Exists only under the {@code perf} profile, which nothing but {@code ./perf/run} activates.
 */
@Profile("perf")
@RestController
class BareController {

	private static final Map<String, String> EMPTY = Map.of();

	@GetMapping("/api/diary/perf/bare")
	Map<String, String> bare() {
		return EMPTY;
	}
}
