package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ejd.testkit.RawHttp;
import org.ejd.testkit.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Addresses and headers Tomcat or the firewall refuse before any controller runs (issue 12) answer a 400
 * problem+json with a Russian detail, as every other refusal does: not Tomcat's HTML page, not Boot's error JSON.
 * The platform does it, so one service's test proves it for all servlet services.
 */
class MalformedRequestsIT extends DiaryIT {

	private static final String WEEK = "/api/diary/students/%s/week";

	@Test
	void anEncodedSlashInThePathIsAProblem() {
		assertMalformed(RawHttp.get(port, WEEK.formatted("a%2Fb")));
	}

	@Test
	void anEncodedNulInThePathIsAProblem() {
		assertMalformed(RawHttp.get(port, WEEK.formatted("a%00b")));
	}

	@Test
	void aSemicolonPathParameterIsAProblem() {
		assertMalformed(RawHttp.get(port, "/api/diary/students;jsessionid=1/" + UUID.randomUUID() + "/week"));
	}

	@Test
	void anEncodedPercentInThePathIsAProblem() {
		assertMalformed(RawHttp.get(port, WEEK.formatted("a%25b")));
	}

	@Test
	void aRequestLineOverEightKilobytesIsAProblem() {
		assertMalformed(RawHttp.get(port, "/api/diary/status?q=" + "x".repeat(9_000)));
	}

	@Test
	void aHeaderWithABrokenNameIsAProblem() {
		assertMalformed(RawHttp.get(port, "/api/diary/status", "Bad Header: x"));
	}

	@Test
	void aHeaderWithAControlCharacterIsAProblem() {
		assertMalformed(RawHttp.get(port, "/api/diary/status", "X-Note: a\u0001b"));
	}

	@Test
	void theDetailIsEnglishWhenAsked() {
		Answer answer = RawHttp.get(port, WEEK.formatted("a%25b"), "Accept-Language: en");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(JsonMapper.builder().build().readTree(answer.body()).path("detail").asString()).contains("not allowed");
	}

	private static void assertMalformed(Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("detail").asString()).as(answer.toString()).contains("недопустимы");
	}
}
