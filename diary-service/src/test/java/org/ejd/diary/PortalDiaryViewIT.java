package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Seed 001, issue 15: a connected portal reads, with client credentials and by the user id it linked, what that user
 * reads as a guardian: the same week, marks, forecast and statement; each read audited with the portal as the reader.
 * Unlinked users, strangers' children, other clients and other regions find nobody.
 */
class PortalDiaryViewIT extends DiaryIT {

	@Test
	void thePortalReadsWhatTheLinkedMotherReadsAndEachReadIsAuditedWithThePortalAsReader() {
		Linked linked = linkedFamily();
		WeekScenario s = linked.s();
		String base = linked.base();
		String portal = linked.portal();
		String mother = token("guardian", s.guardian, s.school);

		Response students = Eventually.until(() -> api().get(base + "/students", portal), r -> r.status() == 200,
				Duration.ofSeconds(30));
		assertThat(students.json().size()).as("the son, not his brother the mother does not represent").isEqualTo(1);
		assertThat(students.json().get(0).get("id").asString()).isEqualTo(s.student.toString());

		Eventually.until(() -> api().get(base + "/students/" + s.student + "/week?date=2026-12-09", portal),
				r -> r.status() == 200 && r.body().contains("Сложение дробей") && r.body().contains("Городская олимпиада"),
				Duration.ofSeconds(30));
		for (String view : new String[] { "week?date=2026-12-09", "marks?from=2026-12-01&to=2026-12-13", "forecast",
				"statement?from=2026-12-07&to=2026-12-13" }) {
			Response byPortal = api().get(base + "/students/" + s.student + "/" + view, portal);
			Response byMother = api().get("/api/diary/students/" + s.student + "/" + view, mother);
			assertThat(byPortal.status()).as(view + ": " + byPortal).isEqualTo(byMother.status());
			if (byMother.status() == 200) {
				assertThat(byPortal.json()).as(view).isEqualTo(byMother.json());
			}
			else {
				assertThat(byPortal.json().get("detail")).as(view).isEqualTo(byMother.json().get("detail"));
			}
		}

		String admin = token("school-admin", UUID.randomUUID(), s.school);
		JsonNode reads = api().get("/api/diary/schools/" + s.school + "/reads?studentId=" + s.student + "&limit=200",
				admin).json().get("items");
		long byThePortal = 0;
		for (JsonNode read : reads) {
			if (read.get("reader").asString().equals("ejd-portal")) {
				assertThat(read.get("clientId").asString()).isEqualTo("ejd-portal");
				assertThat(read.get("roles").asString()).contains("portal");
				byThePortal++;
			}
		}
		assertThat(byThePortal).as(reads.toString()).isGreaterThanOrEqualTo(5);
		assertThat(reads.toString()).contains("\"what\":\"week\"", "\"what\":\"marks\"", "\"what\":\"statement\"");
	}

	/**
	 * The portal's week is the mother's, bytes and ETag: a portal polling a week it already holds gets 304 until a change,
	 * as a family's app does (ADR 0081), and the week after a new mark is new at once.
	 */
	@Test
	void thePortalsWeekCarriesTheMothersETagAnswers304ToItAndANewMarkChangesIt() {
		Linked linked = linkedFamily();
		WeekScenario s = linked.s();
		String week = linked.week();
		Response byPortal = Eventually.until(() -> api().get(week, linked.portal()),
				r -> r.status() == 200 && r.body().contains("Сложение дробей"), Duration.ofSeconds(30));
		Response byMother = api().get("/api/diary/students/" + s.student + "/week?date=2026-12-09",
				token("guardian", s.guardian, s.school));
		String etag = byPortal.headers().get("etag");
		assertThat(etag).isNotBlank().isEqualTo(byMother.headers().get("etag"));
		assertThat(byPortal.body()).isEqualTo(byMother.body());

		Response again = api().send("GET", week, linked.portal(), null, Map.of("If-None-Match", etag));
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.headers().get("etag")).isEqualTo(etag);
		RoundTrips.Recorded<Response> kept = RoundTrips.during(() -> api().get(week, linked.portal()));
		assertThat(kept.result().body()).isEqualTo(byPortal.body());
		assertThat(kept.roundTrips()).as("a kept week: the link, the region and the check with its stamp\n" + String.join("\n", kept.sent()))
			.isEqualTo(3);
		assertThat(kept.parsed()).noneSatisfy(sql -> assertThat(sql).contains("select 1 as part"));

		s.mark(UUID.randomUUID(), "4", WeekScenario.MONDAY.plusDays(3));
		Response changed = Eventually.until(() -> api().send("GET", week, linked.portal(), null, Map.of("If-None-Match", etag)),
				r -> r.status() == 200, Duration.ofSeconds(30));
		assertThat(changed.headers().get("etag")).isNotEqualTo(etag);
		assertThat(changed.json().get("days").get(3).get("lessons").get(0).get("marks").get(0).get("value").asString()).isEqualTo("4");
	}

	@Test
	void unlinkedUsersStrangersChildrenOtherClientsAndOtherRegionsFindNobody() {
		Linked linked = linkedFamily();
		WeekScenario s = linked.s();
		String week = linked.week();
		Eventually.until(() -> api().get(week, linked.portal()), r -> r.status() == 200, Duration.ofSeconds(30));

		notFound(api().get("/api/diary/portal/users/pu-nobody/students/" + s.student + "/week", linked.portal()));
		notFound(api().get(linked.base() + "/students/" + s.sibling + "/week", linked.portal()));
		notFound(api().get(week, token("guardian", s.guardian, s.school)));
		notFound(api().get(week, RealServers.keycloak().fgisToken()));
		assertThat(api().get(week, null).status()).isEqualTo(401);

		WeekScenario foreign = new WeekScenario();
		foreign.region = "52";
		foreign.family("Europe/Moscow").week();
		String foreignUser = "pu-" + UUID.randomUUID();
		foreign.portalLinked(foreign.guardian, "ejd-portal", foreignUser, null, 2);
		String foreignWeek = "/api/diary/portal/users/" + foreignUser + "/students/" + foreign.student + "/week?date=2026-12-09";
		String foreignMother = token("guardian", foreign.guardian, foreign.school);
		Eventually.until(() -> api().get("/api/diary/students/" + foreign.student + "/week?date=2026-12-09", foreignMother),
				r -> r.status() == 200 && r.body().contains("Сложение дробей"), Duration.ofSeconds(30));
		Eventually.until(() -> api().get("/api/diary/portal/users/" + foreignUser + "/students", linked.portal()),
				r -> r.status() == 200, Duration.ofSeconds(30));
		notFound(api().get(foreignWeek, linked.portal()));
		assertThat(api().get("/api/diary/portal/users/" + foreignUser + "/students", linked.portal()).json().size())
			.as("region 52 is not the portal's").isZero();

		s.portalUnlinked(s.guardian, "ejd-portal", linked.portalUser(), 3);
		notFound(Eventually.until(() -> api().get(week, linked.portal()), r -> r.status() == 404, Duration.ofSeconds(30)));
	}

	/** A Moscow family with its week, the mother linked by the portal {@code ejd-portal} under a new portal user id. */
	private static Linked linkedFamily() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String portalUser = "pu-" + UUID.randomUUID();
		s.portalLinked(s.guardian, "ejd-portal", portalUser, null, 2);
		return new Linked(s, portalUser, RealServers.keycloak().portalToken());
	}

	private record Linked(WeekScenario s, String portalUser, String portal) {

		String base() {
			return "/api/diary/portal/users/" + portalUser;
		}

		/** The son's week of Wednesday 9 December, as the portal asks for it. */
		String week() {
			return base() + "/students/" + s.student + "/week?date=2026-12-09";
		}
	}

	private static void notFound(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}
}
