package org.ejd.journal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class SchoolCalendarIT extends JournalIT {

	private final EventContracts contracts = new EventContracts();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRegionOperatorPublishesACityEventToManySchoolsAndASchoolAdminOnlyToTheirs() {
		School first = school();
		School second = school();
		String region = regionOperator("51");
		Response city = Eventually.until(() -> api().post("/api/journal/school-events", region, Map.of("schoolIds",
				List.of(first.id(), second.id()), "title", "Городская олимпиада по математике", "startsOn", today().plusDays(10),
				"place", "ДК «Строитель»")), r -> r.status() == 201, Duration.ofSeconds(30));
		assertThat(city.json().get("ids").size()).isEqualTo(2);
		Response elsewhere = api().post("/api/journal/school-events", regionOperator("39"), Map.of("schoolIds", List.of(first.id()),
				"title", "Чужой регион", "startsOn", today().plusDays(10)));
		assertThat(elsewhere.status()).as("an operator of region 39 and a school of region 51").isEqualTo(403);
		assertThat(elsewhere.isProblem()).isTrue();
		var event = EventProbe.await("journal.calendar.v1", r -> r.key().equals(second.id().toString())
				&& r.value().contains("Городская олимпиада"), Duration.ofSeconds(30));
		contracts.validate("journal.calendar.v1", json.readTree(event.value()));

		assertThat(api().post("/api/journal/school-events", first.adminToken(), Map.of("schoolIds", List.of(first.id()),
				"title", "Родительское собрание", "startsOn", today().plusDays(3))).status()).isEqualTo(201);
		assertThat(api().post("/api/journal/school-events", first.adminToken(), Map.of("schoolIds", List.of(second.id()),
				"title", "Чужое событие", "startsOn", today().plusDays(3))).status()).isEqualTo(403);
	}

	@Test
	void aTeacherPlansATestAndRecommendsToTheirStudent() {
		School school = school();
		Response test = api().post("/api/journal/class-groups/" + school.classGroupId() + "/assessments", school.teacherToken(),
				Map.of("subjectId", school.subjectId(), "date", today().plusDays(7), "title", "Контрольная работа № 3"));
		assertThat(test.status()).as(test.toString()).isEqualTo(201);
		var planned = EventProbe.await("journal.lessons.v1", r -> r.value().contains(test.json().get("id").asString()),
				Duration.ofSeconds(30));
		contracts.validate("journal.lessons.v1", json.readTree(planned.value()));
		assertThat(api().post("/api/journal/class-groups/" + school.classGroupId() + "/assessments", school.teacherToken(),
				Map.of("subjectId", school.subjectId(), "date", today().minusDays(1), "title", "Задним числом")).status()).isEqualTo(400);
		int year = today().getMonthValue() >= 8 ? today().getYear() : today().getYear() - 1;
		String period = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of("academicYear",
				year + "/" + (year + 1), "name", "Четверть", "kind", "quarter", "startDate", today(), "endDate", today().plusDays(3)))
			.json().get("id").asString();
		assertThat(api().post("/api/journal/class-groups/" + school.classGroupId() + "/assessments", school.teacherToken(),
				Map.of("subjectId", school.subjectId(), "date", today().plusDays(7), "title", "Вне четверти", "periodId", period))
			.status()).as("the plan of a period holds its own dates only").isEqualTo(400);
		assertThat(api().post("/api/journal/class-groups/" + school.classGroupId() + "/assessments", school.teacherToken(),
				Map.of("subjectId", school.subjectId(), "date", today().plusDays(2), "title", "В четверти", "periodId", period))
			.status()).isEqualTo(201);

		Response advice = api().post("/api/journal/class-groups/" + school.classGroupId() + "/recommendations", school.teacherToken(),
				Map.of("studentId", school.studentId(), "subjectId", school.subjectId(), "text", "Повторить таблицу умножения на 7 и 8"));
		assertThat(advice.status()).as(advice.toString()).isEqualTo(201);
		var given = EventProbe.await("journal.recommendations.v1", r -> r.value().contains(advice.json().get("id").asString()),
				Duration.ofSeconds(30));
		assertThat(given.key()).isEqualTo(school.studentId().toString());
		contracts.validate("journal.recommendations.v1", json.readTree(given.value()));
		assertThat(api().post("/api/journal/class-groups/" + school.classGroupId() + "/recommendations", school.teacherToken(),
				Map.of("studentId", school.notEnrolledStudentId(), "subjectId", school.subjectId(), "text", "x")).status()).isEqualTo(422);
	}

	private static String regionOperator(String regionCode) {
		String username = "r-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(),
				List.of(), List.of(regionCode));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}
}
