package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * When what the diary depends on goes down, families still read their diary (ADR 0038): the public status says what is
 * down, answers carry {@code Ejd-Data-Stale} while the diary is behind its events, and all comes back when the
 * dependency does. Each dependency is stopped for real (Kafka frozen, the services' probes closed, the diary's database
 * refusing connections, or hanging with every PostgreSQL process stopped) and started again.
 */
class DiaryDegradationIT extends DiaryIT {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@Test
	void whileKafkaIsUnreachableTheWeekIsStillShownMarkedStaleAndTheStatusSaysKafkaIsDownUntilItIsBack() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		String week = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		Response shown = Eventually.until(() -> api().get(week, mother),
				r -> r.status() == 200 && r.body().contains("День Конституции") && r.body().contains("\"value\":\"5\""), BOUND);
		Response fresh = Eventually.until(() -> api().get("/api/status", null),
				r -> r.status() == 200 && "up".equals(dependency(r, "kafka")) && !r.json().get("freshness").has("staleSeconds"), BOUND);
		assertThat(fresh.json().get("status").asString()).isEqualTo("up");
		assertThat(Instant.parse(fresh.json().get("freshness").get("newestEventTime").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(api().get(week, mother).headers()).doesNotContainKey("ejd-data-stale");

		RealServers.kafka().pause();
		try {
			Response down = Eventually.until(() -> api().get("/api/status", null),
					r -> "down".equals(dependency(r, "kafka")) && r.json().get("freshness").has("staleSeconds"), BOUND);
			assertThat(down.status()).isEqualTo(200);
			assertThat(down.json().get("status").asString()).isEqualTo("degraded");
			assertThat(dependency(down, "database")).isEqualTo("up");

			Response stale = api().get(week, mother);
			assertThat(stale.status()).as("the diary still shows what it has").isEqualTo(200);
			assertThat(stale.body()).isEqualTo(shown.body());
			assertThat(Long.parseLong(stale.headers().get("ejd-data-stale"))).isGreaterThanOrEqualTo(2);
			assertThat(api().get("/api/diary/students/" + s.student + "/marks", mother).headers()).containsKey("ejd-data-stale");
		}
		finally {
			RealServers.kafka().resume();
		}

		Eventually.until(() -> api().get("/api/status", null),
				r -> "up".equals(dependency(r, "kafka")) && !r.json().get("freshness").has("staleSeconds"), BOUND);
		assertThat(Eventually.until(() -> api().get(week, mother), r -> !r.headers().containsKey("ejd-data-stale"), BOUND).status())
			.isEqualTo(200);
	}

	@Test
	void whenTheJournalIdentityOrConsentStopsAnsweringTheStatusSaysWhichAndTheDiaryKeepsServing() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		String week = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		Eventually.until(() -> api().get(week, mother), r -> r.status() == 200 && r.body().contains("День Конституции"), BOUND);

		for (String service : ReadinessProbes.SERVICES) {
			Eventually.until(() -> api().get("/api/status", null), r -> "up".equals(dependency(r, service)), BOUND);
			ReadinessProbes.stop(service);
			try {
				Response down = Eventually.until(() -> api().get("/api/status", null), r -> "down".equals(dependency(r, service)), BOUND);
				assertThat(down.json().get("status").asString()).as(service).isEqualTo("degraded");
				assertThat(api().get(week, mother).status()).as("the week while " + service + " is down").isEqualTo(200);
			}
			finally {
				ReadinessProbes.start(service);
			}
			Eventually.until(() -> api().get("/api/status", null), r -> "up".equals(dependency(r, service)), BOUND);
		}
	}

	@Test
	void whileItsOwnDatabaseIsDownReadsAndIdempotentWritesAnswer503WithRetryAfterAndTheStatusStillAnswersDown() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		String week = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		Eventually.until(() -> api().get(week, mother), r -> r.status() == 200 && r.body().contains("День Конституции"), BOUND);

		RealServers.postgres().refuseConnections("diary");
		try {
			Response refused = api().get(week, mother);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.headers().get("retry-after")).isEqualTo("10");
			assertThat(refused.json().get("detail").asString()).startsWith("Хранилище данных сервиса временно недоступно");
			// a write with Idempotency-Key meets the database first in platform's filter, before any controller (ADR 0048)
			Response write = api().send("POST", "/api/diary/students/" + s.student + "/complaints", mother,
					java.util.Map.of("subjectName", "Математика", "from", "2026-12-01", "to", "2026-12-04", "text", "Нет отметки."),
					java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
			assertThat(write.status()).as(write.toString()).isEqualTo(503);
			assertThat(write.isProblem()).isTrue();
			assertThat(write.headers().get("retry-after")).isEqualTo("10");
			assertThat(write.json().get("detail").asString()).startsWith("Хранилище данных сервиса временно недоступно");
			Response down = Eventually.until(() -> api().get("/api/status", null), r -> "down".equals(dependency(r, "database")), BOUND);
			assertThat(down.json().get("status").asString()).isEqualTo("down");
		}
		finally {
			RealServers.postgres().acceptConnections("diary");
		}

		Eventually.until(() -> api().get("/api/status", null), r -> "up".equals(dependency(r, "database")), BOUND);
		assertThat(Eventually.until(() -> api().get(week, mother), r -> r.status() != 503, BOUND).status()).isEqualTo(200);
	}

	@Test
	void whileItsDatabaseHangsTheDiaryAnswers503WithRetryAfterWithinItsTimeoutsAndRecoversWhenItGoesOn() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		String week = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		Response shown = Eventually.until(() -> api().get(week, mother),
				r -> r.status() == 200 && r.body().contains("День Конституции") && r.body().contains("\"value\":\"5\""), BOUND);

		// every PostgreSQL process stopped: connections are accepted by the kernel, nothing ever answers
		try {
			RealServers.postgres().hang();
			for (int i = 0; i < 2; i++) {
				long started = System.nanoTime();
				Response hung = api().get(week, mother);
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				assertThat(hung.status()).as(hung.toString()).isEqualTo(503);
				assertThat(hung.isProblem()).isTrue();
				assertThat(hung.headers().get("retry-after")).isEqualTo("10");
				assertThat(hung.json().get("detail").asString()).startsWith("Хранилище данных сервиса временно недоступно");
				assertThat(took).as("answered within the diary's own timeouts, before the gateway's 10 s").isLessThan(Duration.ofSeconds(9));
			}
			Response down = Eventually.until(() -> api().get("/api/status", null), r -> "down".equals(dependency(r, "database")), BOUND);
			assertThat(down.json().get("status").asString()).isEqualTo("down");
		}
		finally {
			RealServers.postgres().resume();
		}

		Eventually.until(() -> api().get("/api/status", null), r -> "up".equals(dependency(r, "database")), BOUND);
		Response back = Eventually.until(() -> api().get(week, mother), r -> r.status() == 200, BOUND);
		assertThat(back.body()).as("nothing lost").isEqualTo(shown.body());
	}

	@Test
	void aRegionOperatorAnnouncesMaintenanceThatAnyoneSeesWithoutATokenAndNobodyElseMaySetIt() {
		Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> notice = Map.of("messageRu", "Технические работы в ночь на субботу", "messageEn",
				"Maintenance on Friday night", "from", from.toString(), "until", from.plus(3, ChronoUnit.HOURS).toString());
		String operator = regionOperator();
		String mother = token("guardian", UUID.randomUUID(), UUID.randomUUID());

		Response refused = api().send("PUT", "/api/status/maintenance", mother, notice, Map.of());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).isEqualTo("Объявлять технические работы может только оператор региона.");
		assertThat(api().send("PUT", "/api/status/maintenance", null, notice, Map.of()).status()).isEqualTo(401);
		Map<String, Object> backwards = new java.util.HashMap<>(notice);
		backwards.put("until", from.minusSeconds(60).toString());
		Response bad = api().send("PUT", "/api/status/maintenance", operator, backwards, Map.of());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();

		Instant beforeSet = Instant.now();
		Response set = api().send("PUT", "/api/status/maintenance", operator, notice, Map.of());
		assertThat(set.status()).isEqualTo(200);
		Response shown = api().get("/api/status", null);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.json().get("maintenance").get("messageRu").asString()).isEqualTo("Технические работы в ночь на субботу");
		assertThat(shown.json().get("maintenance").get("messageEn").asString()).isEqualTo("Maintenance on Friday night");
		assertThat(Instant.parse(shown.json().get("maintenance").get("from").asString())).isEqualTo(from);
		// every other instance reads it from the database at its next check: so does this one
		Eventually.until(() -> api().get("/api/status", null),
				r -> Instant.parse(r.json().get("checkedAt").asString()).isAfter(beforeSet) && r.json().has("maintenance"), BOUND);

		assertThat(api().delete("/api/status/maintenance", mother).status()).isEqualTo(403);
		assertThat(api().delete("/api/status/maintenance", operator).status()).isEqualTo(204);
		assertThat(api().get("/api/status", null).json().has("maintenance")).isFalse();
	}

	private static String dependency(Response status, String name) {
		return status.status() == 200 ? status.json().get("dependencies").path(name).asString() : "";
	}

	private static String regionOperator() {
		String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(), List.of(),
				List.of("41"));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}
}
