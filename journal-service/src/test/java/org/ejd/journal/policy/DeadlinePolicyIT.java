package org.ejd.journal.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

class DeadlinePolicyIT extends JournalIT {

	@Test
	void aSchoolAdminGivesMoreTimeAndLaterEntriesAreJudgedByItButEarlierOnesKeepTheirFlag() {
		School school = school();
		Response early = api().post("/api/journal/marks", school.teacherToken(), mark(school, 5));
		assertThat(early.json().get("onTime").asBoolean()).isFalse();

		assertThat(api().get("/api/journal/schools/" + school.id() + "/deadline-policy", school.teacherToken())
			.json().get("currentMarkDays").asInt()).isEqualTo(3);
		Response set = api().send("PUT", "/api/journal/schools/" + school.id() + "/deadline-policy", school.adminToken(),
				Map.of("currentMarkDays", 7, "writtenMarkDays", 10, "distanceMarkDays", 1, "topicDays", 1, "absenceDays", 2,
						"periodMarkDays", 3), Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);

		Response later = api().post("/api/journal/marks", school.teacherToken(), mark(school, 5));
		assertThat(later.json().get("onTime").asBoolean()).isTrue();
		assertThat(api().get("/api/journal/marks/" + early.json().get("id").asString(), school.teacherToken())
			.json().get("onTime").asBoolean()).as("a changed policy never moves past results").isFalse();
	}

	@Test
	void aChangedPolicyIsPublishedForTheDiaryOnThePoliciesTopicKeyedBySchool() {
		School school = school();
		Response set = api().send("PUT", "/api/journal/schools/" + school.id() + "/deadline-policy", school.adminToken(),
				Map.of("currentMarkDays", 2, "writtenMarkDays", 5, "distanceMarkDays", 1, "topicDays", 0, "absenceDays", 1,
						"periodMarkDays", 2), Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		var event = org.ejd.testkit.EventProbe.await("journal.policies.v1", r -> school.id().toString().equals(r.key())
				&& r.value().contains("journal.deadline-policy.changed"), java.time.Duration.ofSeconds(30));
		assertThat(event.value()).contains("\"writtenMarkDays\":5", "\"version\":1");
	}

	@Test
	void onlyTheSchoolsAdminSetsItsPolicyAndNobodyReadsAnotherSchools() {
		School school = school();
		School other = school();
		Map<String, Integer> policy = Map.of("currentMarkDays", 3, "writtenMarkDays", 6, "distanceMarkDays", 0, "topicDays", 0,
				"absenceDays", 1, "periodMarkDays", 2);
		assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/deadline-policy", school.teacherToken(), policy,
				Map.of()).status()).isEqualTo(403);
		assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/deadline-policy", other.adminToken(), policy,
				Map.of()).status()).isEqualTo(404);
		Response negative = api().send("PUT", "/api/journal/schools/" + school.id() + "/deadline-policy", school.adminToken(),
				Map.of("currentMarkDays", -1, "writtenMarkDays", 6, "distanceMarkDays", 0, "topicDays", 0, "absenceDays", 1,
						"periodMarkDays", 2), Map.of());
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().get("errors").toString()).contains("currentMarkDays");
	}

	private static Map<String, Object> mark(School school, int daysAgo) {
		return Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"value", "4", "workType", "oral", "workDate", today().minusDays(daysAgo));
	}
}
