package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class MarkCorrectionIT extends JournalIT {

	private final EventContracts contracts = new EventContracts();

	@Test
	void aCorrectionNeedsTheVersionSeenAndAReasonAndKeepsTheHistory() {
		School school = school();
		Response posted = post(school, "3");
		String id = posted.json().get("id").asString();
		assertThat(posted.headers().get("etag")).isEqualTo("\"1\"");

		Response noIfMatch = api().send("PATCH", "/api/journal/marks/" + id, school.teacherToken(),
				Map.of("value", "4", "reason", "Ошибка ввода"), Map.of());
		assertThat(noIfMatch.status()).isEqualTo(428);
		Response noReason = patch(school, id, "\"1\"", Map.of("value", "4", "reason", " "));
		assertThat(noReason.status()).isEqualTo(400);

		Response corrected = patch(school, id, "\"1\"", Map.of("value", "4", "reason", "Ошибка ввода"));
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(corrected.headers().get("etag")).isEqualTo("\"2\"");

		Response stale = patch(school, id, "\"1\"", Map.of("value", "5", "reason", "Пересдача"));
		assertThat(stale.status()).as("someone saw an older version").isEqualTo(412);
		assertThat(stale.isProblem()).isTrue();

		Response history = api().get("/api/journal/marks/" + id + "/history", school.teacherToken());
		assertThat(history.json().size()).isEqualTo(1);
		assertThat(history.json().get(0).get("oldValue").asString()).isEqualTo("3");
		assertThat(history.json().get(0).get("newValue").asString()).isEqualTo("4");
		assertThat(history.json().get(0).get("reason").asString()).isEqualTo("Ошибка ввода");
		assertThat(history.json().get(0).get("changedBy").asString()).isEqualTo(school.teacherId().toString());

		var event = EventProbe.await("journal.marks.v1", r -> r.value().contains(id) && r.value().contains("journal.mark.corrected"),
				Duration.ofSeconds(30));
		contracts.validate("journal.marks.v1", JsonMapper.builder().build().readTree(event.value()));
	}

	@Test
	void aDeletedMarkIsKeptWithItsReasonAndAnnounced() {
		School school = school();
		String id = post(school, "2").json().get("id").asString();
		Response deleted = api().send("DELETE", "/api/journal/marks/" + id + "?reason=Поставлена+не+тому+ученику",
				school.teacherToken(), null, Map.of("If-Match", "\"1\""));
		assertThat(deleted.status()).isEqualTo(204);

		Response mark = api().get("/api/journal/marks/" + id, school.adminToken());
		assertThat(mark.json().get("deleted").asBoolean()).isTrue();
		assertThat(api().get("/api/journal/marks/" + id + "/history", school.adminToken()).json().get(0).get("action").asString())
			.isEqualTo("DELETED");
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/marks?subjectId=" + school.subjectId(),
				school.teacherToken()).json().size()).isZero();
		var event = EventProbe.await("journal.marks.v1", r -> r.value().contains(id) && r.value().contains("journal.mark.deleted"),
				Duration.ofSeconds(30));
		contracts.validate("journal.marks.v1", JsonMapper.builder().build().readTree(event.value()));
	}

	@Test
	void onlyTheTeacherOfTheAssignmentMayCorrect() {
		School school = school();
		String id = post(school, "5").json().get("id").asString();
		assertThat(patch(school.adminToken(), id, "\"1\"", Map.of("value", "2", "reason", "x")).status()).isEqualTo(403);
		School other = school();
		assertThat(patch(other.teacherToken(), id, "\"1\"", Map.of("value", "2", "reason", "x")).status())
			.as("another school's teacher does not learn that the mark exists").isEqualTo(404);
	}

	private Response post(School school, String value) {
		Response posted = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(),
				"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "value", value, "workType", "oral",
				"workDate", today()));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		return posted;
	}

	private Response patch(School school, String id, String ifMatch, Map<String, ?> body) {
		return patch(school.teacherToken(), id, ifMatch, body);
	}

	private Response patch(String token, String id, String ifMatch, Map<String, ?> body) {
		return api().send("PATCH", "/api/journal/marks/" + id, token, body, Map.of("If-Match", ifMatch));
	}
}
