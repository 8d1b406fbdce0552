package org.ejd.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LettersTest {

	final Letters letters = new Letters();

	static final Map<String, String> VARIABLES = Map.ofEntries(Map.entry("studentName", "Пётр"), Map.entry("subject", "Математика"),
			Map.entry("value", "5"), Map.entry("date", "2026-11-30"), Map.entry("lesson", "2"), Map.entry("minutesLate", "10"),
			Map.entry("period", "I четверть"), Map.entry("comment", "<b>молодец</b>"), Map.entry("week", "2026-11-23"),
			Map.entry("lines", "Математика — 4 (4,35)"), Map.entry("from", "02.12.2026"), Map.entry("to", "03.12.2026"),
			Map.entry("excused", "2"), Map.entry("reason", "Нет справки"), Map.entry("topic", "Домашнее задание"),
			Map.entry("preview", "Пётр не понял задачу"), Map.entry("number", "Ж-2026-8"), Map.entry("registeredOn", "30.11.2026"),
			Map.entry("dueOn", "30.12.2026"), Map.entry("time", "08:05"), Map.entry("title", "Олимпиада по математике"),
			Map.entry("achievementKind", "award"), Map.entry("level", "school"), Map.entry("issuer", "Школа № 1"),
			Map.entry("awardedOn", "20.11.2026"));

	@ParameterizedTest
	@CsvSource({ "mark,ru", "mark,en", "mark-corrected,ru", "mark-corrected,en", "absent,ru", "absent,en", "late,ru", "late,en",
			"grade,ru", "grade,en", "forecast,ru", "forecast,en", "absence-note-accepted,ru", "absence-note-accepted,en",
			"absence-note-declined,ru", "absence-note-declined,en", "message-from-family,ru", "message-from-family,en", "arrived,ru", "arrived,en",
			"left,ru", "left,en", "achievement,ru", "achievement,en", "achievement-corrected,ru", "achievement-corrected,en" })
	void everyTemplateRendersInBothLanguages(String template, String language) {
		Letters.Rendered r = letters.render(template, language, VARIABLES);
		assertThat(r.subject()).contains("Пётр").doesNotContain("[(").doesNotContain("\n");
		assertThat(r.text()).contains("Пётр").doesNotContain("[(").doesNotContain("${");
		assertThat(r.html()).contains("lang=\"" + language + "\"").doesNotContain("th:");
	}

	@ParameterizedTest
	@CsvSource({ "complaint-filed,ru,Ж-2026-8", "complaint-filed,en,Ж-2026-8" })
	void theComplaintConfirmationNamesItsNumberAndDeadline(String template, String language, String number) {
		Letters.Rendered r = letters.render(template, language, VARIABLES);
		assertThat(r.subject()).contains(number).doesNotContain("[(");
		assertThat(r.text()).contains("30.12.2026", "30.11.2026").doesNotContain("${");
		assertThat(r.html()).contains("lang=\"" + language + "\"").doesNotContain("th:");
	}

	@Test
	void theHtmlPartEscapesWhatATeacherTyped() {
		Letters.Rendered r = letters.render("mark", "ru", VARIABLES);
		assertThat(r.html()).contains("&lt;b&gt;молодец&lt;/b&gt;");
		assertThat(r.text()).contains("Комментарий учителя: <b>молодец</b>");
	}

	@ParameterizedTest
	@CsvSource({ "ru,олимпиада,региональный уровень,2 место", "en,olympiad,regional level,place 2" })
	void anAchievementNamesItsKindLevelAndPlaceInTheReadersLanguage(String language, String kind, String level, String place) {
		Letters.Rendered r = letters.render("achievement", language, Map.of("studentName", "Пётр", "title", "Олимпиада по математике",
				"achievementKind", "olympiad", "level", "regional", "place", "2", "awardedOn", "20.11.2026", "issuer", "Минобразования"));
		assertThat(r.subject()).isEqualTo("Пётр: " + ("ru".equals(language) ? "достижение" : "achievement") + " — Олимпиада по математике");
		assertThat(r.text()).contains(kind, level, place, "Минобразования", "20.11.2026").doesNotContain("предмет", "subject");
		assertThat(r.html()).contains(kind, level.substring(0, level.indexOf(" ")), "Минобразования").doesNotContain("th:");
	}

	@Test
	void arrivalNamesTheTimeAndTheEntranceWhenKnown() {
		Letters.Rendered r = letters.render("arrived", "ru", Map.of("studentName", "Пётр", "date", "01.12.2026", "time", "08:05",
				"point", "Главный вход"));
		assertThat(r.subject()).isEqualTo("Пётр: приход в школу в 08:05");
		assertThat(r.text()).startsWith("Отмечен приход Пётр в школу 01.12.2026 в 08:05 (Главный вход).");
		assertThat(letters.render("left", "en", Map.of("studentName", "Пётр", "date", "01.12.2026", "time", "15:40")).text())
			.startsWith("Пётр left school on 01.12.2026 at 15:40.");
	}

	@Test
	void anUnknownLanguageFallsBackToRussian() {
		assertThat(letters.render("late", "de", VARIABLES).subject()).isEqualTo("Пётр опоздал(а) на урок «Математика»");
	}

	@Test
	void aDigestListsEachItem() {
		Letters.Rendered r = letters.render("digest", "ru", Map.of("count", 2, "items",
				List.of(Map.of("subject", "первая", "text", "раз"), Map.of("subject", "вторая", "text", "два"))));
		assertThat(r.subject()).isEqualTo("Электронный дневник: новости за день (2)");
		assertThat(r.text()).contains("— первая").contains("— вторая");
		assertThat(r.html()).contains("<strong>первая</strong>");
	}

	@Test
	void aWeeklyDigestSaysWeek() {
		List<Map<String, String>> items = List.of(Map.of("subject", "первая", "text", "раз"));
		assertThat(letters.render("digest", "ru", Map.of("count", 1, "items", items, "weekly", true)).subject())
			.isEqualTo("Электронный дневник: новости за неделю (1)");
		assertThat(letters.render("digest", "en", Map.of("count", 1, "items", items, "weekly", true)).subject())
			.isEqualTo("Electronic diary: the week's news (1)");
	}
}
