package org.ejd.journal.achievements;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.IfMatch;
import org.ejd.platform.web.SendsETag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Achievements over HTTP (J12). Its {@code ETag} is the version; a correction or withdrawal sends it back in {@code If-Match}. */
@RestController
@RequestMapping("/api/journal")
class AchievementController {

	private final RecordingAchievement recording;

	private final CorrectingAchievement correcting;

	private final WithdrawingAchievement withdrawing;

	private final AchievementRegister register;

	AchievementController(RecordingAchievement recording, CorrectingAchievement correcting, WithdrawingAchievement withdrawing,
			AchievementRegister register) {
		this.recording = recording;
		this.correcting = correcting;
		this.withdrawing = withdrawing;
		this.register = register;
	}

	@PostMapping("/students/{studentId}/achievements")
	@ResponseStatus(HttpStatus.CREATED)
	@SendsETag
	ResponseEntity<AchievementView> record(@PathVariable UUID studentId, @Valid @RequestBody RecordingAchievement.Entry entry) {
		Achievement a = recording.record(Callers.current(), studentId, entry);
		return ResponseEntity.created(URI.create("/api/journal/achievements/" + a.id())).eTag(IfMatch.etag(a.version()))
			.body(AchievementView.of(a));
	}

	@GetMapping("/students/{studentId}/achievements")
	List<AchievementView> ofStudent(@PathVariable UUID studentId) {
		return register.ofStudent(Callers.current(), studentId).stream().map(AchievementView::of).toList();
	}

	@GetMapping("/achievements/{id}")
	@SendsETag
	ResponseEntity<AchievementView> one(@PathVariable UUID id) {
		Achievement a = register.one(Callers.current(), id);
		return ResponseEntity.ok().eTag(IfMatch.etag(a.version())).body(AchievementView.of(a));
	}

	@GetMapping("/achievements/{id}/history")
	List<Achievements.Version> history(@PathVariable UUID id) {
		return register.history(Callers.current(), id);
	}

	/** The whole achievement as it should read, with {@code reason}. */
	@PutMapping("/achievements/{id}")
	@SendsETag
	ResponseEntity<AchievementView> correct(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RecordingAchievement.Entry entry) {
		Achievement a = correcting.correct(Callers.current(), id, IfMatch.version(ifMatch), entry);
		return ResponseEntity.ok().eTag(IfMatch.etag(a.version())).body(AchievementView.of(a));
	}

	@PostMapping("/achievements/{id}/withdrawal")
	@SendsETag
	ResponseEntity<AchievementView> withdraw(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody Withdrawal withdrawal) {
		Achievement a = withdrawing.withdraw(Callers.current(), id, IfMatch.version(ifMatch), withdrawal.reason());
		return ResponseEntity.ok().eTag(IfMatch.etag(a.version())).body(AchievementView.of(a));
	}

	record Withdrawal(@Nullable @Size(max = 1000) String reason) {
	}

	record AchievementView(UUID id, UUID schoolId, UUID studentId,
			@Schema(allowableValues = { "award", "commendation", "olympiad", "competition" }) String kind,
			@Schema(allowableValues = { "school", "municipal", "regional", "federal", "international" }) String level, @Nullable Integer place,
			LocalDate awardedOn, @Nullable UUID subjectId, @Nullable String subjectName, String issuer, String title, UUID recordedBy,
			Instant recordedAt, boolean withdrawn, long version) {

		static AchievementView of(Achievement a) {
			return new AchievementView(a.id(), a.schoolId(), a.studentId(), a.kind(), a.level(), a.place(), a.awardedOn(),
					a.subjectId(), a.subjectName(), a.issuer(), a.title(), a.recordedBy(), a.recordedAt(), a.withdrawn(), a.version());
		}
	}
}
