package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import tools.jackson.databind.JsonNode;

/** C1: consent, refusal and withdrawal with an append-only history, and what a consumer of consent.records.v1 sees. */
class ConsentRecordsIT extends ConsentIT {

	@Test
	void guardianRegistersConsentThenRefusalThenConsentAgainAndAReplayFromTheStartYieldsConsent() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());

		Response given = api().post(PERSONS + student + "/consents", mother, consent("given"));
		assertThat(given.status()).as(given.toString()).isEqualTo(201);
		assertThat(given.json().get("record").get("givenBy").asString()).isEqualTo(guardian.toString());
		assertThat(given.json().get("record").get("channel").asString()).isEqualTo("api");
		assertThat(given.json().get("state").get("processingAllowed").asBoolean()).isTrue();
		Response refused = api().post(PERSONS + student + "/consents", mother, consent("refused"));
		assertThat(refused.json().get("state").get("status").asString()).isEqualTo("refused");
		assertThat(refused.json().get("state").get("processingAllowed").asBoolean()).isFalse();
		assertThat(api().post(PERSONS + student + "/consents", mother, consent("given")).status()).isEqualTo(201);

		Response current = api().get(PERSONS + student + "/consent", mother);
		assertThat(current.json().get("status").asString()).isEqualTo("given");
		Response history = api().get(PERSONS + student + "/consents/history", mother);
		assertThat(values(history.json(), "decision")).containsExactly("given", "refused", "given");

		// a consumer that reads consent.records.v1 from the start, as notification-service will
		// the outbox relays each event after its commit, in no promised order (ADR 0001): a reader orders them by version
		List<JsonNode> topic = new ArrayList<>(events("consent.records.v1", student, type("consent.consent.recorded"), 3));
		assertThat(topic).extracting(e -> e.get("version").asLong()).doesNotHaveDuplicates();
		topic.sort(java.util.Comparator.comparingLong(e -> e.get("version").asLong()));
		assertThat(topic).extracting(e -> e.get("data").get("decision").asString()).containsExactly("given", "refused", "given");
		assertThat(topic).allSatisfy(e -> {
			assertThat(e.get("subject").asString()).isEqualTo(student.toString());
			assertThat(e.get("schoolid").asString()).isEqualTo(school.id().toString());
		});
		assertThat(new ConsentConsumer().replay(topic).allowed()).isTrue();
		assertThat(new ConsentConsumer().replay(topic.subList(0, 2)).allowed()).as("after the refusal").isFalse();
		List<JsonNode> reordered = new ArrayList<>(topic);
		Collections.reverse(reordered);
		assertThat(new ConsentConsumer().replay(reordered).allowed()).as("redelivered out of order").isTrue();
	}

	@Test
	void anAdultStudentDecidesForThemselvesAndTheirGuardianNoLonger() {
		School school = school();
		UUID adult = student(school, adult());
		UUID guardian = guardianOf(adult, school);

		Response byGuardian = api().post(PERSONS + adult + "/consents", token("guardian", guardian, school.id()), consent("given"));
		assertThat(byGuardian.status()).isEqualTo(403);
		assertThat(byGuardian.json().get("detail").asString()).contains("18 лет");
		Response bySelf = api().post(PERSONS + adult + "/consents", token("student", adult, school.id()), consent("given"));
		assertThat(bySelf.status()).as(bySelf.toString()).isEqualTo(201);
		assertThat(bySelf.json().get("record").get("givenBy").asString()).isEqualTo(adult.toString());
		assertThat(bySelf.json().get("record").get("personRole").asString()).isEqualTo("student");

		UUID minor = student(school, minor());
		Response minorSelf = api().post(PERSONS + minor + "/consents", token("student", minor, school.id()), consent("given"));
		assertThat(minorSelf.status()).isEqualTo(403);
		assertThat(minorSelf.json().get("detail").asString()).contains("родитель");
	}

	@Test
	void aGuardianDecidesOnTheirOwnDataToo() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		Response own = api().post(PERSONS + guardian + "/consents", token("guardian", guardian, school.id()), consent("given"));
		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		assertThat(own.json().get("record").get("personRole").asString()).isEqualTo("guardian");
		JsonNode event = events("consent.records.v1", guardian, type("consent.consent.recorded"), 1).get(0);
		assertThat(event.has("schoolid")).as("a guardian is not of one school").isFalse();
	}

	@Test
	void anotherGuardianGets404AndRolesThatNeverDecideGet403() {
		School school = school();
		UUID student = student(school, minor());
		guardianOf(student, school);
		String stranger = token("guardian", UUID.randomUUID(), school.id());

		Response post = api().post(PERSONS + student + "/consents", stranger, consent("given"));
		assertThat(post.status()).isEqualTo(404);
		assertThat(post.isProblem()).isTrue();
		assertThat(post.json().get("detail").asString()).isEqualTo("Человек не найден.");
		assertThat(api().get(PERSONS + student + "/consent", stranger).status()).isEqualTo(404);
		assertThat(api().get(PERSONS + student + "/consents/history", stranger).status()).isEqualTo(404);
		Response unknown = api().post(PERSONS + UUID.randomUUID() + "/consents", stranger, consent("given"));
		assertThat(unknown.status()).as("an unknown person looks the same as another family's").isEqualTo(404);
		assertThat(unknown.json().get("detail")).isEqualTo(post.json().get("detail"));

		Response teacher = api().post(PERSONS + student + "/consents", token("teacher", UUID.randomUUID(), school.id()), consent("given"));
		assertThat(teacher.status()).isEqualTo(403);
		assertThat(teacher.json().get("code").asString()).isEqualTo("consent.role-not-allowed");
		assertThat(api().post(PERSONS + student + "/consents", school.adminToken(), consent("given")).status())
			.as("a school registers paper, it does not consent electronically").isEqualTo(403);
		assertThat(api().post(PERSONS + student + "/consents", null, consent("given")).status()).isEqualTo(401);
		assertThat(countRecords(student)).isZero();
	}

	@Test
	void aWithdrawalNeedsAConsentAndBadInputIsRefusedInRussianWithoutWritingAnything() {
		School school = school();
		UUID student = student(school, minor());
		String mother = token("guardian", guardianOf(student, school), school.id());

		Response nothing = api().post(PERSONS + student + "/consents", mother, consent("withdrawn"));
		assertThat(nothing.status()).isEqualTo(409);
		assertThat(nothing.json().get("detail").asString()).contains("отзывать нечего");
		Response unknownText = api().post(PERSONS + student + "/consents", mother, Map.of("decision", "given", "textVersion", "1999-9"));
		assertThat(unknownText.status()).isEqualTo(422);
		assertThat(unknownText.json().get("detail").asString()).contains("«1999-9»");
		Response oldText = api().post(PERSONS + student + "/consents", mother, Map.of("decision", "given", "textVersion", "2025-1"));
		assertThat(oldText.status()).isEqualTo(422);
		assertThat(oldText.json().get("detail").asString()).contains("действующий текст").contains("2026-1");
		Response badDecision = api().post(PERSONS + student + "/consents", mother, Map.of("decision", "maybe", "textVersion", CURRENT_TEXT));
		assertThat(badDecision.status()).isEqualTo(400);
		assertThat(badDecision.json().get("errors").toString()).contains("decision").contains("Допустимо: given");
		Response missing = api().post(PERSONS + student + "/consents", mother, Map.of("decision", "given"));
		assertThat(missing.json().get("errors").toString()).contains("textVersion").contains("Обязательное поле");
		Response english = api().send("POST", PERSONS + student + "/consents", mother, consent("withdrawn"), Map.of("Accept-Language", "en"));
		assertThat(english.json().get("detail").asString()).isEqualTo("There is no consent in force to withdraw.");
		assertThat(countRecords(student)).isZero();

		Response texts = api().get("/api/consent/texts", mother);
		assertThat(texts.json().get("current").asString()).isEqualTo(CURRENT_TEXT);
	}

	@Test
	void theHistoryIsExportedAsCsvForTheSchoolAndTheRegionOnly() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		api().post(PERSONS + student + "/consents", mother, consent("given"));
		api().post(PERSONS + student + "/consents", mother, consent("withdrawn"));

		Response csv = api().send("GET", PERSONS + student + "/consents/history", school.adminToken(), null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(csv.headers().get("content-disposition")).contains("attachment");
		String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("Дата и время регистрации,Чьи данные (id)");
		assertThat(lines[1]).contains(student.toString()).contains(",согласие,2026-1," + guardian).contains("электронно, через API");
		assertThat(lines[2]).contains(",отзыв согласия,");

		String region = regionToken();
		Response schoolCsv = api().get("/api/consent/schools/" + school.id() + "/consents/history?format=csv", region);
		assertThat(schoolCsv.contentType()).startsWith("text/csv");
		assertThat(schoolCsv.body().split("\r\n")).hasSize(3);
		Response schoolJson = api().get("/api/consent/schools/" + school.id() + "/consents/history", school.adminToken());
		assertThat(schoolJson.json().size()).isEqualTo(2);
		assertThat(schoolJson.json().get(0).get("personId").asString()).isEqualTo(student.toString());
		Response english = api().send("GET", PERSONS + student + "/consents/history?format=csv", region, null, Map.of("Accept-Language", "en"));
		assertThat(english.body()).contains("Registered at,Whose data (id)").contains(",withdrawal,");

		School other = school();
		assertThat(api().get(PERSONS + student + "/consents/history?format=csv", other.adminToken()).status()).isEqualTo(404);
		Response notTheirs = api().get("/api/consent/schools/" + school.id() + "/consents/history", other.adminToken());
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.json().get("detail").asString()).contains("своей школы");
		assertThat(api().get("/api/consent/schools/" + school.id() + "/consents/history", mother).status()).isEqualTo(403);
		assertThat(api().get("/api/consent/schools/" + school.id() + "/consents/history?from=2026-05-02&to=2026-05-01", region).status())
			.isEqualTo(400);
		// an operator of another region: neither the school's history nor its people
		String kaliningrad = regionToken("39");
		assertThat(api().get("/api/consent/schools/" + school.id() + "/consents/history", kaliningrad).status()).isEqualTo(403);
		assertThat(api().get(PERSONS + student + "/consents/history", kaliningrad).status()).isEqualTo(404);
	}

	@Test
	void theHistoryIsAppendOnlyEvenForTheDatabase() {
		School school = school();
		UUID student = student(school, minor());
		api().post(PERSONS + student + "/consents", token("guardian", guardianOf(student, school), school.id()), consent("given"));
		assertThatThrownBy(() -> jdbc.sql("update consent_record set decision = 'REFUSED' where person_id = ?").param(student).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from consent_record where person_id = ?").param(student).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(countRecords(student)).isEqualTo(1);
	}

	@Test
	void healthAndTheApiDescriptionAreOpen() {
		assertThat(management().get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
		assertThat(docs.json().get("paths").has("/api/consent/persons/{personId}/contacts/{contactId}/verification")).isTrue();
	}

	private int countRecords(UUID person) {
		return jdbc.sql("select count(*) from consent_record where person_id = ?").param(person).query(Integer.class).single();
	}

	/** What a consumer of consent.records.v1 keeps per person: the state of the highest version it has applied. */
	static final class ConsentConsumer {

		private long version;

		private boolean allowed;

		ConsentConsumer replay(List<JsonNode> envelopes) {
			for (JsonNode envelope : envelopes) {
				if (envelope.get("version").asLong() > version) {
					version = envelope.get("version").asLong();
					allowed = envelope.get("data").get("state").get("processingAllowed").asBoolean();
				}
			}
			return this;
		}

		boolean allowed() {
			return allowed;
		}
	}
}
