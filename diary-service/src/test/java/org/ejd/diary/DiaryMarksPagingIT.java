package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The marks list front-ends poll, paged by cursor (platform's paging convention, ADR 0025) and tagged for 304. */
class DiaryMarksPagingIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final LocalDate today = LocalDate.now();

	@Test
	void followingTheNextLinksReadsEveryMarkOnceInTheUnpagedOrder() {
		family();
		for (int i = 0; i < 5; i++) {
			post(today.minusDays(i % 3));
		}
		String token = token("guardian", guardian, school);
		String path = "/api/diary/students/" + student + "/marks";
		Response whole = Eventually.until(() -> api().get(path, token), r -> r.status() == 200 && r.json().size() == 5,
				Duration.ofSeconds(30));
		assertThat(header(whole, "Link")).as("everything fits the default page").isNull();

		List<String> paged = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String next = path + "?limit=2";
		while (next != null) {
			Response page = api().get(next, token);
			assertThat(page.status()).isEqualTo(200);
			page.json().forEach(mark -> paged.add(mark.get("markId").asString()));
			sizes.add(page.json().size());
			String link = header(page, "Link");
			next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
			assertThat(link == null || link.endsWith("; rel=\"next\"")).isTrue();
		}
		assertThat(sizes).containsExactly(2, 2, 1);
		assertThat(paged).containsExactlyElementsOf(ids(whole.json()));
	}

	@Test
	void aLimitOverTheCapIsRefusedNamingTheCapAndABadCursorIsAProblemNotAnError() {
		family();
		post(today);
		String token = token("guardian", guardian, school);
		String path = "/api/diary/students/" + student + "/marks";
		Eventually.until(() -> api().get(path, token), r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		LimitRule.assertRefusedBeyond(api(), path, token, 500);
		for (String bad : List.of("?limit=100000", "?cursor=not-a-cursor", "?cursor=" + "A".repeat(600))) {
			Response refused = api().get(path + bad, token);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.isProblem()).as(bad).isTrue();
		}
	}

	@Test
	void anUnchangedMarksListAnswers304ToItsETagAndANewMarkChangesIt() {
		family();
		post(today);
		String token = token("guardian", guardian, school);
		String path = "/api/diary/students/" + student + "/marks";
		Response first = Eventually.until(() -> api().get(path, token), r -> r.status() == 200 && r.json().size() == 1,
				Duration.ofSeconds(30));
		String etag = header(first, "ETag");
		assertThat(etag).isNotNull();
		assertThat(api().send("GET", path, token, null, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
		post(today);
		Response changed = Eventually.until(() -> api().send("GET", path, token, null, Map.of("If-None-Match", etag)),
				r -> r.status() == 200, Duration.ofSeconds(30));
		assertThat(changed.json().size()).isEqualTo(2);
		assertThat(header(changed, "ETag")).isNotEqualTo(etag);
	}

	private void family() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
	}

	private void post(LocalDate workDate) {
		UUID id = UUID.randomUUID();
		Map<String, Object> data = markData(id, student, school, "5");
		data.put("workDate", workDate.toString());
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				id.toString(), school, 1, data));
	}

	private static List<String> ids(JsonNode marks) {
		List<String> ids = new ArrayList<>();
		marks.forEach(mark -> ids.add(mark.get("markId").asString()));
		return ids;
	}

	private static String header(Response response, String name) {
		return response.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}
}
