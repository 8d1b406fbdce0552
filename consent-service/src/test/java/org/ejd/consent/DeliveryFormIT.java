package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** C2: refusing the electronic form means a weekly printed statement and no email or SMS. */
class DeliveryFormIT extends ConsentIT {

	@Test
	void refusalOfElectronicFormPublishesPaperDelivery() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		assertThat(api().get(PERSONS + guardian + "/delivery-form", mother).json().get("form").asString()).isEqualTo("electronic");

		Response refused = api().send("PUT", PERSONS + guardian + "/delivery-form", mother,
				Map.of("form", "paper", "reason", "Нет компьютера и интернета дома"), Map.of());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
		assertThat(refused.json().get("weeklyPrintedStatement").asBoolean()).isTrue();
		assertThat(refused.json().get("electronicDeliveryAllowed").asBoolean()).isFalse();
		assertThat(refused.json().get("changed").asBoolean()).isTrue();

		JsonNode event = events("consent.records.v1", guardian, type("consent.delivery-form.changed"), 1).get(0);
		assertThat(event.get("data").get("form").asString()).isEqualTo("paper");
		assertThat(event.get("data").get("weeklyPrintedStatement").asBoolean()).isTrue();
		assertThat(event.get("data").get("electronicDeliveryAllowed").asBoolean()).isFalse();
		assertThat(event.toString()).as("the free-text reason stays here").doesNotContain("компьютера");

		Response again = api().send("PUT", PERSONS + guardian + "/delivery-form", mother, Map.of("form", "paper"), Map.of());
		assertThat(again.json().get("changed").asBoolean()).isFalse();
		assertThat(again.json().get("reason").asString()).isEqualTo("Нет компьютера и интернета дома");

		Response email = api().send("PUT", PERSONS + guardian + "/students/" + student + "/preferences", mother,
				Map.of("kinds", Map.of("marks", Map.of("channels", List.of("app", "email"), "delivery", "immediate"))), Map.of());
		assertThat(email.status()).isEqualTo(422);
		assertThat(email.json().get("detail").asString()).contains("отказались от электронной формы");

		Response back = api().send("PUT", PERSONS + guardian + "/delivery-form", mother, Map.of("form", "electronic"), Map.of());
		assertThat(back.json().get("form").asString()).isEqualTo("electronic");
		List<JsonNode> both = events("consent.records.v1", guardian, type("consent.delivery-form.changed"), 2);
		assertThat(both).extracting(e -> e.get("data").get("form").asString()).containsExactly("paper", "electronic");
		assertThat(jdbc.sql("select count(*) from delivery_form_record where person_id = ?").param(guardian).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void theSchoolRegistersAWrittenRefusalAndNobodyChoosesForSomeoneElse() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);

		Response written = api().send("PUT", PERSONS + guardian + "/delivery-form/paper", school.adminToken(),
				Map.of("form", "paper", "reason", "Заявление от 23.11.2026"), Map.of());
		assertThat(written.status()).as(written.toString()).isEqualTo(200);
		assertThat(written.json().get("channel").asString()).isEqualTo("paper");
		JsonNode event = events("consent.records.v1", guardian, type("consent.delivery-form.changed"), 1).get(0);
		assertThat(event.get("data").get("registeredBy").asString()).isEqualTo(school.adminId().toString());

		assertThat(api().send("PUT", PERSONS + guardian + "/delivery-form/paper", school().adminToken(), Map.of("form", "paper"),
				Map.of()).status()).isEqualTo(404);
		assertThat(api().send("PUT", PERSONS + student + "/delivery-form/paper", school.adminToken(), Map.of("form", "paper"),
				Map.of()).status()).as("a minor's statements go to their guardians").isEqualTo(422);
		String mother = token("guardian", guardian, school.id());
		Response forChild = api().send("PUT", PERSONS + student + "/delivery-form", mother, Map.of("form", "paper"), Map.of());
		assertThat(forChild.status()).isEqualTo(403);
		Response minor = api().send("PUT", PERSONS + student + "/delivery-form", token("student", student, school.id()),
				Map.of("form", "paper"), Map.of());
		assertThat(minor.status()).isEqualTo(403);
		Response badForm = api().send("PUT", PERSONS + guardian + "/delivery-form", mother, Map.of("form", "pigeon"), Map.of());
		assertThat(badForm.status()).isEqualTo(400);
		assertThat(badForm.json().get("errors").toString()).contains("electronic");
	}
}
