package org.ejd.journal.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The journal's lists that grow over a year are paged by the platform's cursor convention (ADR 0025, ADR 0041). */
class JournalListsPagingIT extends JournalIT {

	@Test
	void aClassGroupsMarksInASubjectArePagedByCursorAndWithoutALimitComeWhole() {
		School school = school();
		for (String value : List.of("5", "4", "3", "5", "2")) {
			Response posted = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(),
					"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "value", value, "workType", "oral",
					"workDate", today()));
			assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		}
		String path = "/api/journal/class-groups/" + school.classGroupId() + "/marks?subjectId=" + school.subjectId();
		assertPagedLikeTheWhole(path, school.teacherToken(), 5, List.of(2, 2, 1));
	}

	@Test
	void aClassGroupsLessonsArePagedByCursorAndABadCursorIsAProblem() {
		School school = school();
		for (int period = 1; period <= 3; period++) {
			Response recorded = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId",
					school.classGroupId(), "subjectId", school.subjectId(), "date", today().minusDays(period % 2), "periodNo", period));
			assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		}
		String path = "/api/journal/class-groups/" + school.classGroupId() + "/lessons?from=" + today().minusDays(6) + "&to="
				+ today();
		assertPagedLikeTheWhole(path, school.teacherToken(), 3, List.of(2, 1));
		LimitRule.assertRefusedBeyond(api(), path, school.teacherToken(), 500);
		for (String bad : List.of("&cursor=not-a-cursor", "&limit=0")) {
			Response refused = api().get(path + bad, school.teacherToken());
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.isProblem()).as(bad).isTrue();
		}
	}

	private void assertPagedLikeTheWhole(String path, String token, int total, List<Integer> pageSizes) {
		Response whole = api().get(path, token);
		assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
		assertThat(whole.json().size()).isEqualTo(total);
		assertThat(header(whole, "Link")).as("no limit: the first page with the default limit holds them all").isNull();
		List<String> paged = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String next = path + "&limit=2";
		while (next != null) {
			Response page = api().get(next, token);
			assertThat(page.status()).as(next).isEqualTo(200);
			page.json().forEach(item -> paged.add(item.get("id").asString()));
			sizes.add(page.json().size());
			String link = header(page, "Link");
			assertThat(link == null || link.endsWith("; rel=\"next\"")).isTrue();
			next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
		}
		assertThat(sizes).containsExactlyElementsOf(pageSizes);
		assertThat(paged).containsExactlyElementsOf(ids(whole.json()));
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static String header(Response response, String name) {
		return response.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}
}
