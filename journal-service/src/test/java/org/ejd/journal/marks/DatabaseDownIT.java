package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal's database goes away (new connections refused, open ones cut) and comes back: a teacher's write meanwhile
 * is a 503 problem+json with Retry-After and a Russian detail, not a 500 nor a hang, nothing is written, and the same
 * write succeeds once the database is back (docs/adr/0038).
 */
class DatabaseDownIT extends JournalIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMarkPostedWhileTheDatabaseIsDownIs503WithRetryAfterAndGoesInOnceItIsBack() {
		School school = school();
		Map<String, Object> mark = new HashMap<>();
		mark.put("studentId", school.studentId());
		mark.put("classGroupId", school.classGroupId());
		mark.put("subjectId", school.subjectId());
		mark.put("value", "4");
		mark.put("workType", "oral");
		mark.put("workDate", today());
		String teacher = school.teacherToken();

		RealServers.postgres().refuseConnections("journal");
		Response refused;
		try {
			refused = api().post("/api/journal/marks", teacher, mark);
		}
		finally {
			RealServers.postgres().acceptConnections("journal");
		}
		assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.headers().get("retry-after")).isEqualTo("10");
		assertThat(refused.json().get("code").asString()).isEqualTo("problem.database-unavailable");
		assertThat(refused.json().get("detail").asString()).startsWith("Хранилище данных сервиса временно недоступно");

		Response posted = Eventually.until(() -> api().post("/api/journal/marks", teacher, mark), r -> r.status() != 503,
				Duration.ofSeconds(60));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from mark where class_group_id = ?").param(school.classGroupId()).query(Integer.class)
			.single()).as("only the write taken after the database came back").isEqualTo(1);
	}
}
