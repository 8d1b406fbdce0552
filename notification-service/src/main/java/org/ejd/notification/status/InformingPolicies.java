package org.ejd.notification.status;

import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.Messages;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's deadlines for informing families (N3, seed 004; J10: the school may change them), with the defaults. */
@Service
class InformingPolicies {

	private final JdbcClient jdbc;

	private final NotificationProperties properties;

	private final SchoolTime time;

	private final org.ejd.notification.recipients.SchoolDigestDays schoolDays;

	InformingPolicies(JdbcClient jdbc, NotificationProperties properties, SchoolTime time,
			org.ejd.notification.recipients.SchoolDigestDays schoolDays) {
		this.schoolDays = schoolDays;
		this.jdbc = jdbc;
		this.properties = properties;
		this.time = time;
	}

	/** Days within which a family is told of a mark and of an absence; {@code own} false while the defaults apply. */
	record Policy(int markDays, int absenceDays, boolean own) {

		Duration mark() {
			return Duration.ofDays(markDays);
		}

		Duration absence() {
			return Duration.ofDays(absenceDays);
		}
	}

	Policy of(UUID schoolId) {
		return jdbc.sql("select mark_days, absence_days, true as own from informing_policy where school_id = ?").param(schoolId)
			.query(Policy.class).optional()
			.orElseGet(() -> new Policy((int) properties.markDeadline().toDays(), (int) properties.absenceDeadline().toDays(), false));
	}

	@Transactional(readOnly = true)
	Policy read(Caller caller, UUID schoolId) {
		requireAdmin(caller, schoolId);
		return of(schoolId);
	}

	@Transactional
	Policy set(Caller caller, UUID schoolId, int markDays, int absenceDays) {
		requireAdmin(caller, schoolId);
		if (markDays < 1 || markDays > 30 || absenceDays < 1 || absenceDays > 30) {
			throw Refusal.invalid("policy.days");
		}
		jdbc.sql("""
				insert into informing_policy (school_id, mark_days, absence_days, changed_at) values (?, ?, ?, ?)
				on conflict (school_id) do update set mark_days = excluded.mark_days, absence_days = excluded.absence_days,
				  changed_at = excluded.changed_at""").params(schoolId, markDays, absenceDays, Messages.ts(time.now())).update();
		return of(schoolId);
	}

	/** The school's weekday for weekly digests; {@code own} false while the configured default applies. */
	record DigestDay(@Schema(allowableValues = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }) String weeklyOn, boolean own) {
	}

	@Transactional(readOnly = true)
	DigestDay digestDay(Caller caller, UUID schoolId) {
		requireAdmin(caller, schoolId);
		return schoolDays.weeklyOn(schoolId).map(d -> new DigestDay(d.name().toLowerCase(java.util.Locale.ROOT), true))
			.orElseGet(() -> new DigestDay(properties.weeklyOn().name().toLowerCase(java.util.Locale.ROOT), false));
	}

	@Transactional
	DigestDay setDigestDay(Caller caller, UUID schoolId, @org.jspecify.annotations.Nullable String weeklyOn) {
		requireAdmin(caller, schoolId);
		java.time.DayOfWeek day;
		try {
			day = java.time.DayOfWeek.valueOf(weeklyOn == null ? "" : weeklyOn.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("policy.weekday");
		}
		schoolDays.set(schoolId, day, time.now());
		return new DigestDay(day.name().toLowerCase(java.util.Locale.ROOT), true);
	}

	static void requireAdmin(Caller caller, UUID schoolId) {
		if (!caller.has(Role.SCHOOL_ADMIN) || !caller.actsIn(schoolId)) {
			throw Refusal.unknown("school.unknown");
		}
	}
}
