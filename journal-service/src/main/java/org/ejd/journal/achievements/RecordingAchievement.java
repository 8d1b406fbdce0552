package org.ejd.journal.achievements;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.ejd.journal.classes.ClassBook;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member of the school's staff records a student's award, commendation, olympiad or competition result (J12). */
@Service
public class RecordingAchievement {

	private final Achievements achievements;

	private final AchievementAccess access;

	private final ClassBook classes;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	RecordingAchievement(Achievements achievements, AchievementAccess access, ClassBook classes, SchoolTime time,
			ApplicationEventPublisher events) {
		this.achievements = achievements;
		this.access = access;
		this.classes = classes;
		this.time = time;
		this.events = events;
	}

	/** What is sent to record or correct one; {@code reason} is for a correction only. */
	@Schema(name = "AchievementEntry") // one schema per feature (springdoc names by simple name)
	public record Entry(@Nullable @Schema(allowableValues = { "award", "commendation", "olympiad", "competition" }) String kind,
			@Nullable @Schema(allowableValues = { "school", "municipal", "regional", "federal", "international" }) String level,
			@Nullable @Min(1) @Max(AchievementDraft.MAX_PLACE) Integer place, @Nullable LocalDate awardedOn, @Nullable UUID subjectId,
			@Nullable @Size(max = AchievementDraft.MAX_ISSUER) String issuer, @Nullable @Size(max = AchievementDraft.MAX_TITLE) String title,
			@Nullable @Size(max = AchievementDraft.MAX_REASON) String reason) {
	}

	@Transactional
	public Achievement record(Caller caller, UUID studentId, Entry entry) {
		UUID school = access.requireStaffOfStudent(caller, studentId);
		AchievementDraft draft = AchievementDraft.of(entry.kind(), entry.level(), entry.place(), entry.awardedOn(), entry.subjectId(),
				entry.issuer(), entry.title(), time.today(school));
		String subjectName = subjectName(classes, school, draft.subjectId());
		Instant now = time.now();
		Achievement recorded = new Achievement(UUID.randomUUID(), school, studentId, draft.kind(), draft.level(), draft.place(),
				draft.awardedOn(), draft.subjectId(), subjectName, draft.issuer(), draft.title(), caller.person(), now, false, 1);
		achievements.insert(recorded);
		achievements.remember(recorded, "recorded", caller.person(), now, null);
		events.publishEvent(new AchievementEvents.Recorded(UUID.randomUUID(), now, recorded));
		return recorded;
	}

	/** The subject's name when it is one of the school's; a subject of another school is refused as unknown. */
	static @Nullable String subjectName(ClassBook classes, UUID schoolId, @Nullable UUID subjectId) {
		if (subjectId == null) {
			return null;
		}
		return classes.subject(subjectId).filter(s -> s.schoolId().equals(schoolId)).map(ClassBook.Subject::name)
			.orElseThrow(() -> Refusal.invalid("journal.achievement.subject"));
	}
}
