package org.ejd.diary.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status front-ends show, without a token (docs/adr/0038): the state of each dependency, how fresh the diary is,
 * and the region's maintenance notice. Served from the last check: it answers at once whatever is down.
 */
@RestController
class PublicStatusController {

	private final DependencyWatch watch;

	private final EventFreshness freshness;

	private final AnnouncingMaintenance announcing;

	private final SchoolTime time;

	PublicStatusController(DependencyWatch watch, EventFreshness freshness, AnnouncingMaintenance announcing, SchoolTime time) {
		this.watch = watch;
		this.freshness = freshness;
		this.announcing = announcing;
		this.time = time;
	}

	@GetMapping("/api/status")
	ResponseEntity<PublicStatus> status() {
		DependencyWatch.Check check = watch.last();
		Instant now = time.now();
		Instant newest = freshness.newestApplied().orElse(null);
		MaintenanceNotice notice = check.maintenance();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(new PublicStatus(overall(check.dependencies()), check.dependencies(),
					new Freshness(newest, newest == null ? null : Math.max(0, Duration.between(newest, now).toSeconds()),
							check.stale() == null ? null : check.stale().toSeconds()),
					notice == null || !notice.until().isAfter(now) ? null : notice, check.checkedAt()));
	}

	/** Announces planned work (replacing any notice); region operators only. */
	@PutMapping("/api/status/maintenance")
	MaintenanceNotice announce(@Valid @RequestBody MaintenanceRequest request) {
		return announcing.announce(Callers.current(),
				new MaintenanceNotice(request.messageRu(), request.messageEn(), request.from(), request.until()));
	}

	@DeleteMapping("/api/status/maintenance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> withdraw() {
		announcing.withdraw(Callers.current());
		return ResponseEntity.noContent().build();
	}

	/** up: everything answers; degraded: the diary serves what it has (read-only for what others own); down: it cannot. */
	static DependencyState overall(Map<String, DependencyState> dependencies) {
		if (dependencies.get("database") == DependencyState.DOWN) {
			return DependencyState.DOWN;
		}
		boolean all = dependencies.values().stream().allMatch(s -> s == DependencyState.UP || s == DependencyState.UNKNOWN);
		return all ? DependencyState.UP : DependencyState.DEGRADED;
	}

	/**
	 * @param status the diary as a whole: {@code up}, {@code degraded} (serving what it has) or {@code down}
	 * @param dependencies journal, identity, consent, kafka, database: {@code up}, {@code degraded}, {@code down} or
	 *        {@code unknown} (not watched here)
	 * @param maintenance the region's notice while its end is ahead; absent when there is none
	 * @param checkedAt when the dependencies were last checked (every few seconds)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PublicStatus(DependencyState status, Map<String, DependencyState> dependencies, Freshness freshness,
			@Nullable MaintenanceNotice maintenance, Instant checkedAt) {
	}

	/**
	 * @param newestEventTime the time of the newest event the diary has applied since it started
	 * @param newestEventAgeSeconds how long ago that event happened (quiet hours make it grow: it is not staleness)
	 * @param staleSeconds how long the diary has been behind its events (Kafka unreachable or its consumers lagging);
	 *        absent when it is up to date; the same value as the {@code Ejd-Data-Stale} header
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Freshness(@Nullable Instant newestEventTime, @Nullable Long newestEventAgeSeconds, @Nullable Long staleSeconds) {
	}

	record MaintenanceRequest(@NotBlank @Size(max = AnnouncingMaintenance.MAX_TEXT) String messageRu,
			@NotBlank @Size(max = AnnouncingMaintenance.MAX_TEXT) String messageEn, @NotNull Instant from, @NotNull Instant until) {
	}
}
