package org.ejd.journal.achievements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What the staff write of an achievement, checked before anything is stored: a known kind and level, a place from 1 (an
 * award or a commendation may have none), the day it was awarded (not in the future, at most {@link #YEARS_BACK} years
 * back), who awarded it and its title.
 */
record AchievementDraft(String kind, String level, @Nullable Integer place, LocalDate awardedOn, @Nullable UUID subjectId,
		String issuer, String title) {

	static final List<String> KINDS = List.of("award", "commendation", "olympiad", "competition");

	static final List<String> LEVELS = List.of("school", "municipal", "regional", "federal", "international");

	static final int MAX_PLACE = 1000;

	static final int MAX_ISSUER = 300;

	static final int MAX_TITLE = 500;

	static final int MAX_REASON = 1000;

	static final int YEARS_BACK = 12;

	/** The draft of what was sent, stripped; refuses (400) what no achievement can be. */
	static AchievementDraft of(@Nullable String kind, @Nullable String level, @Nullable Integer place, @Nullable LocalDate awardedOn,
			@Nullable UUID subjectId, @Nullable String issuer, @Nullable String title, LocalDate today) {
		if (kind == null || !KINDS.contains(kind)) {
			throw Refusal.invalid("journal.achievement.kind");
		}
		if (level == null || !LEVELS.contains(level)) {
			throw Refusal.invalid("journal.achievement.level");
		}
		if (place != null && (place < 1 || place > MAX_PLACE)) {
			throw Refusal.invalid("journal.achievement.place", MAX_PLACE);
		}
		if (awardedOn == null || awardedOn.isAfter(today) || awardedOn.isBefore(today.minusYears(YEARS_BACK))) {
			throw Refusal.invalid("journal.achievement.awarded-on", YEARS_BACK);
		}
		String who = issuer == null ? "" : issuer.strip();
		if (who.isEmpty() || who.length() > MAX_ISSUER) {
			throw Refusal.invalid("journal.achievement.issuer", MAX_ISSUER);
		}
		String what = title == null ? "" : title.strip();
		if (what.isEmpty() || what.length() > MAX_TITLE) {
			throw Refusal.invalid("journal.achievement.title", MAX_TITLE);
		}
		return new AchievementDraft(kind, level, place, awardedOn, subjectId, who, what);
	}

	/** A reason for a correction or a withdrawal: required, at most 1,000 characters. */
	static String reason(@Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw Refusal.invalid("journal.achievement.reason");
		}
		return why;
	}
}
