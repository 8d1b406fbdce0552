package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** N2: channels per kind of information, digest or immediate, quiet hours; per guardian and student. */
class PreferencesIT extends ConsentIT {

	@Test
	void preferencesAndQuietHoursAreValidated() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		String path = PERSONS + guardian + "/students/" + student + "/preferences";

		Response defaults = api().get(path, mother);
		assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);
		assertThat(defaults.json().get("saved").asBoolean()).isFalse();
		assertThat(defaults.json().get("kinds").get("final-marks").get("channels").toString()).isEqualTo("[\"app\"]");

		Map<String, Object> wanted = Map.of(
				"kinds", Map.of("marks", Map.of("channels", List.of("app"), "delivery", "immediate"),
						"homework", Map.of("channels", List.of(), "delivery", "digest")),
				"quietHours", Map.of("from", "21:00", "to", "08:00"));
		Response saved = put(path, mother, wanted);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("saved").asBoolean()).isTrue();
		assertThat(api().get(path, mother).json().get("quietHours").get("from").asString()).isEqualTo("21:00");

		JsonNode event = events("consent.preferences.v1", guardian, type("consent.preferences.changed"), 1).get(0).get("data");
		assertThat(event.get("studentId").asString()).isEqualTo(student.toString());
		assertThat(event.get("kinds").properties()).hasSize(9);
		assertThat(event.get("kinds").get("homework").get("channels").size()).isZero();
		assertThat(event.get("kinds").get("homework").get("delivery").asString()).isEqualTo("digest");
		assertThat(event.get("quietHours").get("to").asString()).isEqualTo("08:00");
		assertThat(event.get("timeZone").asString()).isEqualTo("Europe/Moscow");

		Response unknownKind = put(path, mother, Map.of("kinds", Map.of("grades", Map.of("channels", List.of("app"), "delivery", "immediate"))));
		assertThat(unknownKind.status()).isEqualTo(400);
		assertThat(unknownKind.json().get("detail").asString()).contains("Неизвестный вид сведений «grades»");
		Response sameMinute = put(path, mother, Map.of("quietHours", Map.of("from", "22:00", "to", "22:00")));
		assertThat(sameMinute.status()).isEqualTo(400);
		assertThat(sameMinute.json().get("detail").asString()).contains("не должны совпадать");
		Response badTime = put(path, mother, Map.of("quietHours", Map.of("from", "25:00", "to", "08:00")));
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(badTime.json().get("errors").toString()).contains("quietHours.from").contains("ЧЧ:ММ");
		Response halfQuiet = put(path, mother, Map.of("quietHours", Map.of("from", "22:00")));
		assertThat(halfQuiet.json().get("errors").toString()).contains("quietHours.to");
		Response badDelivery = put(path, mother, Map.of("kinds", Map.of("marks", Map.of("channels", List.of("app"), "delivery", "hourly"))));
		assertThat(badDelivery.status()).isEqualTo(400);
		assertThat(badDelivery.json().get("errors").toString()).contains("digest", "weekly");
		Response badDay = put(path, mother, Map.of("weeklyOn", "friyay"));
		assertThat(badDay.status()).isEqualTo(400);
		assertThat(badDay.json().get("errors").toString()).contains("weeklyOn", "monday");
		Response badLanguage = put(path, mother, Map.of("language", "de"));
		assertThat(badLanguage.status()).isEqualTo(400);
		assertThat(badLanguage.json().get("errors").toString()).contains("language", "ru (русский)");
		Response pigeon = put(path, mother, Map.of("kinds", Map.of("marks", Map.of("channels", List.of("pigeon"), "delivery", "digest"))));
		assertThat(pigeon.status()).isEqualTo(400);
		assertThat(pigeon.json().get("errors").toString()).contains("app (приложение)");
		Response zone = put(path, mother, Map.of("timeZone", "Mars/Olympus"));
		assertThat(zone.status()).isEqualTo(400);
		assertThat(zone.json().get("detail").asString()).contains("«Mars/Olympus»");
		Response unverified = put(path, mother, Map.of("kinds", Map.of("marks", Map.of("channels", List.of("email"), "delivery", "digest"))));
		assertThat(unverified.status()).isEqualTo(422);
		assertThat(unverified.json().get("detail").asString()).contains("подтвердите адрес электронной почты");
		assertThat(api().get(path, mother).json().get("kinds").get("marks").get("delivery").asString())
			.as("nothing of the refused changes was saved").isEqualTo("immediate");

		Response otherZone = put(path, mother, Map.of("timeZone", "Asia/Yekaterinburg"));
		assertThat(otherZone.json().get("timeZone").asString()).isEqualTo("Asia/Yekaterinburg");
	}

	@Test
	void aWeeklyDigestOnTheRecipientsDayTheNewKindsAndTheirLanguageAreSavedAndAnnounced() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		String path = PERSONS + guardian + "/students/" + student + "/preferences";
		assertThat(api().get(path, mother).json().get("language").asString()).as("Russian unless said").isEqualTo("ru");

		Response saved = put(path, mother, Map.of(
				"kinds", Map.of("recommendations", Map.of("channels", List.of("app"), "delivery", "weekly"),
						"events", Map.of("channels", List.of("app"), "delivery", "weekly"),
						"homework", Map.of("channels", List.of("app"), "delivery", "immediate")),
				"weeklyOn", "saturday", "language", "en", "timeZone", "Asia/Vladivostok"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		JsonNode read = api().get(path, mother).json();
		assertThat(read.get("kinds").get("recommendations").get("delivery").asString()).isEqualTo("weekly");
		assertThat(read.get("weeklyOn").asString()).isEqualTo("saturday");
		assertThat(read.get("language").asString()).isEqualTo("en");

		JsonNode event = events("consent.preferences.v1", guardian, type("consent.preferences.changed"), 1).get(0).get("data");
		assertThat(event.get("kinds").get("events").get("delivery").asString()).isEqualTo("weekly");
		assertThat(event.get("weeklyOn").asString()).isEqualTo("saturday");
		assertThat(event.get("language").asString()).isEqualTo("en");
		assertThat(event.get("timeZone").asString()).isEqualTo("Asia/Vladivostok");
	}

	@Test
	void presenceIsOffAndAchievementsInTheFeedUntilTheFamilyChoosesAndSettingsSavedBeforeTheKindsReadTheSame() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		String path = PERSONS + guardian + "/students/" + student + "/preferences";

		JsonNode defaults = api().get(path, mother).json();
		assertThat(defaults.get("kinds").get("presence").get("channels").toString()).isEqualTo("[]");
		assertThat(defaults.get("kinds").get("achievements").get("channels").toString()).isEqualTo("[\"app\"]");

		Response byEmail = put(path, mother, Map.of("kinds", Map.of("presence", Map.of("channels", List.of("email"), "delivery", "immediate"))));
		assertThat(byEmail.status()).as("presence by email needs a verified address too").isEqualTo(422);
		assertThat(byEmail.json().get("detail").asString()).contains("подтвердите адрес электронной почты");

		Response saved = put(path, mother, Map.of("kinds", Map.of("presence", Map.of("channels", List.of("app"), "delivery", "immediate"),
				"marks", Map.of("channels", List.of("app"), "delivery", "digest"))));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		JsonNode event = events("consent.preferences.v1", guardian, type("consent.preferences.changed"), 1).get(0).get("data");
		assertThat(event.get("kinds").get("presence").get("channels").toString()).isEqualTo("[\"app\"]");
		assertThat(event.get("kinds").get("achievements").get("channels").toString()).as("its default, announced").isEqualTo("[\"app\"]");

		// a setting saved before the two kinds existed lists neither: it reads with their defaults
		jdbc.sql("update preference set kinds = kinds - 'presence' - 'achievements' where person_id = ? and student_id = ?")
			.params(guardian, student).update();
		JsonNode older = api().get(path, mother).json();
		assertThat(older.get("kinds").get("presence").get("channels").toString()).isEqualTo("[]");
		assertThat(older.get("kinds").get("achievements").get("channels").toString()).isEqualTo("[\"app\"]");
		assertThat(older.get("kinds").get("marks").get("delivery").asString()).isEqualTo("digest");
	}

	@Test
	void aOneClickUnsubscribeInNotificationTakesThatChannelOffThatKindAndNothingElse() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		String path = PERSONS + guardian + "/students/" + student + "/preferences";
		assertThat(api().post(PERSONS + guardian + "/contacts/paper", school.adminToken(),
				Map.of("channel", "email", "destination", "mother@example.org")).status()).isEqualTo(201);
		assertThat(put(path, mother, Map.of("kinds", Map.of("marks", Map.of("channels", List.of("app", "email"), "delivery", "immediate"),
				"homework", Map.of("channels", List.of("email"), "delivery", "digest")), "language", "en")).status()).isEqualTo(200);

		org.ejd.testkit.EventProbe.send("notification.preferences.v1", guardian.toString(), org.ejd.testkit.Envelopes.envelope(
				"/ejd/notification-service", "notification.unsubscribed", guardian.toString(), school.id(), 1, Map.of("personId", guardian,
						"studentId", student, "kind", "marks", "channel", "email", "unsubscribedAt", java.time.Instant.now().toString())));

		JsonNode after = org.ejd.testkit.Eventually.until(() -> api().get(path, mother).json(),
				p -> p.get("kinds").get("marks").get("channels").toString().equals("[\"app\"]"), java.time.Duration.ofSeconds(30));
		assertThat(after.get("kinds").get("homework").get("channels").toString()).isEqualTo("[\"email\"]");
		assertThat(after.get("language").asString()).isEqualTo("en");
		JsonNode announced = events("consent.preferences.v1", guardian, type("consent.preferences.changed"), 2).get(1).get("data");
		assertThat(announced.get("kinds").get("marks").get("channels").toString()).isEqualTo("[\"app\"]");
	}

	@Test
	void aRecipientSetsOnlyTheirOwnPreferencesAboutTheirOwnStudents() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		UUID otherChild = student(school, minor());
		String mother = token("guardian", guardian, school.id());

		assertThat(api().get(PERSONS + guardian + "/students/" + otherChild + "/preferences", mother).status()).isEqualTo(404);
		assertThat(api().get(PERSONS + guardian + "/students/" + student + "/preferences",
				token("guardian", UUID.randomUUID(), school.id())).status()).isEqualTo(404);
		assertThat(api().get(PERSONS + student + "/students/" + student + "/preferences", mother).status())
			.as("the child's own preferences are the child's").isEqualTo(403);
		assertThat(api().get(PERSONS + student + "/students/" + student + "/preferences", token("student", student, school.id())).status())
			.isEqualTo(200);
		assertThat(api().get(PERSONS + guardian + "/students/" + student + "/preferences", school.adminToken()).status()).isEqualTo(403);
	}

	private Response put(String path, String token, Map<String, ?> body) {
		return api().send("PUT", path, token, body, Map.of());
	}
}
