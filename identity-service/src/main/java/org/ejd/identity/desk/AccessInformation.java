package org.ejd.identity.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.identity.applications.AccessWithoutApplication;
import org.ejd.identity.applications.ApplicationProperties;
import org.ejd.identity.applications.domain.PortalAge;
import org.ejd.identity.applications.domain.WorkingCalendar;
import org.ejd.identity.codes.CodeProperties;
import org.ejd.identity.schools.School;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read about getting access to a school's diary (A9, seed 002: sites and stands): the
 * steps, the desk's hours and contacts, and the deadlines as configured (working days to an answer on
 * the school's working-day calendar, the code's validity and attempts, the portal's minimum age).
 * Texts in the reader's language, Russian unless English is asked for.
 */
@Service
public class AccessInformation {

	private final Schools schools;

	private final AccessDesks desks;

	private final ApplicationProperties applications;

	private final CodeProperties codes;

	private final WorkingCalendar calendar;

	private final SchoolTime time;

	private final MessageSource messages;

	private final AccessWithoutApplication policy;

	AccessInformation(Schools schools, AccessDesks desks, ApplicationProperties applications, CodeProperties codes,
			WorkingCalendar calendar, SchoolTime time, MessageSource messages, AccessWithoutApplication policy) {
		this.policy = policy;
		this.schools = schools;
		this.desks = desks;
		this.applications = applications;
		this.codes = codes;
		this.calendar = calendar;
		this.time = time;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public Info about(UUID schoolId, Locale locale) {
		School school = schools.find(schoolId).orElseThrow(() -> Refusal.unknown("identity.school.not-found"));
		@Nullable AccessDesk desk = desks.find(schoolId).orElse(null);
		LocalDate today = time.today(SchoolTime.zoneOf(school.timeZone()));
		int workingDays = applications.deadlineWorkingDays();
		long validityDays = codes.validity().toDays();
		Deadlines deadlines = new Deadlines(workingDays, today, calendar.plusWorkingDays(today, workingDays), validityDays,
				codes.maxAttempts(), PortalAge.MINIMUM_YEARS);
		boolean withoutApplication = policy.withoutApplication(schoolId);
		List<String> steps = List.of(withoutApplication ? text("identity.access-info.step.no-application", locale)
				: text("identity.access-info.step.apply", locale, PortalAge.MINIMUM_YEARS),
				text("identity.access-info.step.documents", locale),
				text("identity.access-info.step.answer", locale, workingDays),
				text("identity.access-info.step.activate", locale, codes.activationAddress(), validityDays, codes.maxAttempts()),
				text("identity.access-info.step.portal", locale));
		Desk deskInfo = desk == null ? null : new Desk(desk.hours(), desk.place(), desk.phone(), desk.email());
		return new Info(school.id(), school.name(), text("identity.access-info.title", locale), withoutApplication, steps, deskInfo,
				desk == null ? text("identity.access-info.desk-unknown", locale) : null, deadlines,
				text("identity.access-info.deadline-rule", locale, workingDays));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/**
	 * @param withoutApplication the school needs no application (seed 003): it opens one for everyone registered
	 * @param deskNote what to do when the school has not published its desk yet
	 * @param deadlineRule the deadline in words (for the poster, which does not go stale)
	 */
	public record Info(UUID schoolId, String schoolName, String title, boolean withoutApplication,
			@ArraySchema(schema = @Schema(example = "Подайте заявление о доступе к электронному дневнику: лично в школе в часы приёма или через региональный портал госуслуг.")) List<String> steps, @Nullable Desk desk,
			@Schema(example = "Часы приёма заявлений уточните в школе.") @Nullable String deskNote, Deadlines deadlines,
			@Schema(example = "Срок ответа на заявление: 10 рабочих дней, считая со следующего дня после подачи.") String deadlineRule) {
	}

	public record Desk(String hours,
			@Schema(example = "Кабинет 101 (приёмная), 1 этаж") @Nullable String place, @Nullable String phone, @Nullable String email) {
	}

	/**
	 * @param answerWithinWorkingDays working days from the day after filing within which the school answers (A4)
	 * @param filedToday the school's today; {@code answerBy}: the deadline of an application filed today
	 */
	public record Deadlines(int answerWithinWorkingDays, LocalDate filedToday, LocalDate answerBy, long codeValidDays,
			int codeAttempts, int portalMinimumAge) {
	}
}
