package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The school's responsible person registers signed paper forms, for the people of their own school only. */
class PaperRegistrationIT extends ConsentIT {

	@Test
	void schoolAdminRegistersPaperConsentOnlyForTheirSchool() {
		School school = school();
		School other = school();
		UUID student = student(school, minor());
		UUID mother = guardianOf(student, school);

		Response paper = api().post(PERSONS + student + "/consents/paper", school.adminToken(),
				Map.of("decision", "given", "textVersion", "2025-1", "givenBy", mother));
		assertThat(paper.status()).as(paper.toString()).isEqualTo(201);
		JsonNode record = paper.json().get("record");
		assertThat(record.get("channel").asString()).isEqualTo("paper");
		assertThat(record.get("givenBy").asString()).isEqualTo(mother.toString());
		assertThat(record.get("registeredBy").asString()).isEqualTo(school.adminId().toString());
		assertThat(record.get("textVersion").asString()).as("a signed form may name an older text").isEqualTo("2025-1");

		JsonNode event = events("consent.records.v1", student, e -> e.get("data").get("channel").asString().equals("paper"), 1).get(0);
		assertThat(event.get("data").get("registeredBy").asString()).isEqualTo(school.adminId().toString());
		assertThat(event.get("data").get("state").get("processingAllowed").asBoolean()).isTrue();

		Response foreign = api().post(PERSONS + student + "/consents/paper", other.adminToken(),
				Map.of("decision", "refused", "textVersion", CURRENT_TEXT, "givenBy", mother));
		assertThat(foreign.status()).isEqualTo(404);
		Response notEntitled = api().post(PERSONS + student + "/consents/paper", school.adminToken(),
				Map.of("decision", "refused", "textVersion", CURRENT_TEXT, "givenBy", UUID.randomUUID()));
		assertThat(notEntitled.status()).isEqualTo(422);
		assertThat(notEntitled.json().get("detail").asString()).contains("не может решать");
		Response byGuardian = api().post(PERSONS + student + "/consents/paper", token("guardian", mother, school.id()),
				Map.of("decision", "refused", "textVersion", CURRENT_TEXT, "givenBy", mother));
		assertThat(byGuardian.status()).isEqualTo(403);
		Response missingSigner = api().post(PERSONS + student + "/consents/paper", school.adminToken(), consent("refused"));
		assertThat(missingSigner.status()).isEqualTo(400);
		assertThat(missingSigner.json().get("errors").toString()).contains("givenBy");

		Response refusal = api().post(PERSONS + student + "/consents/paper", school.adminToken(),
				Map.of("decision", "refused", "textVersion", CURRENT_TEXT, "givenBy", mother));
		assertThat(refusal.json().get("state").get("status").asString()).isEqualTo("refused");
		assertThat(api().get(PERSONS + student + "/consent", token("guardian", mother, school.id())).json().get("processingAllowed")
			.asBoolean()).isFalse();
	}

	@Test
	void anAdultStudentSignsTheirOwnPaperAndAGuardianOnlyTheirOwn() {
		School school = school();
		UUID adult = student(school, adult());
		UUID father = guardianOf(adult, school);

		assertThat(api().post(PERSONS + adult + "/consents/paper", school.adminToken(),
				Map.of("decision", "given", "textVersion", CURRENT_TEXT, "givenBy", father)).status()).isEqualTo(422);
		assertThat(api().post(PERSONS + adult + "/consents/paper", school.adminToken(),
				Map.of("decision", "given", "textVersion", CURRENT_TEXT, "givenBy", adult)).status()).isEqualTo(201);
		Response own = api().post(PERSONS + father + "/consents/paper", school.adminToken(),
				Map.of("decision", "given", "textVersion", CURRENT_TEXT, "givenBy", father));
		assertThat(own.status()).as("the guardian's own data, registered by the school of their child").isEqualTo(201);
	}
}
