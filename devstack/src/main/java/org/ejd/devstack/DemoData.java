package org.ejd.devstack;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;

/**
 * One school's demo data, entered the way people would enter it: through the gateway's API with
 * each person's own token. A region operator is the one account made directly in Keycloak.
 */
public final class DemoData {

	public static final String PASSWORD = "Demo-pass-12";

	private final ApiClient api;

	private final Map<String, String> logins = new LinkedHashMap<>();

	private ZoneId schoolZone = ZoneId.systemDefault();

	/** The demo regional portal's user, linked to guardian {@code petrov}: infra/keycloak/portal-realm.json. */
	public static final String PORTAL_LOGIN = "portal-petrov";

	public static final String PORTAL_PASSWORD = "portal-demo-1";

	/** Its id at the portal, as the portal sent it when linking. */
	public String portalUser;

	public UUID municipalityId;

	public UUID schoolId;

	public UUID classGroupId;

	public final Map<String, UUID> people = new LinkedHashMap<>();

	public final Map<String, UUID> subjects = new LinkedHashMap<>();

	private DemoData(ApiClient api) {
		this.api = api;
	}

	public static DemoData load(String gatewayUrl) {
		DemoData demo = new DemoData(new ApiClient(gatewayUrl));
		demo.load();
		return demo;
	}

	/**
	 * A realistic quarter on top of the basic data, for the local stack: reporting periods, a weekly
	 * timetable with rooms, the lessons it generated since September with topics and homework, attendance with a
	 * few absences, marks of every kind, and first-quarter marks, so that every report has something
	 * to show. Entered through the API as a school would enter it.
	 */
	public void loadQuarter() {
		String admin = token("admin");
		String teacher = token("teacher");
		int year = schoolYearStart();
		String academicYear = year + "/" + (year + 1);
		LocalDate firstDay = LocalDate.of(year, 9, 1);
		LocalDate today = today();
		String q1 = id(ok(api.post("/api/journal/schools/" + schoolId + "/periods", admin, Map.of("academicYear", academicYear,
				"name", "1 четверть", "kind", "quarter", "startDate", firstDay, "endDate", LocalDate.of(year, 10, 25))))).toString();
		ok(api.post("/api/journal/schools/" + schoolId + "/periods", admin, Map.of("academicYear", academicYear,
				"name", "2 четверть", "kind", "quarter", "startDate", LocalDate.of(year, 11, 5), "endDate", LocalDate.of(year, 12, 28))));
		ok(api.post("/api/journal/schools/" + schoolId + "/holidays", admin, Map.of("name", "Осенние каникулы",
				"startDate", LocalDate.of(year, 10, 26), "endDate", LocalDate.of(year, 11, 4))));
		List<UUID> subjectIds = new ArrayList<>(subjects.values());
		List<Map<String, Object>> week = new ArrayList<>();
		String[] rooms = { "214", "Спортзал", "305" }; // where the diary's week shows each lesson
		for (int weekday = 1; weekday <= 5; weekday++) {
			for (int period = 1; period <= 3; period++) {
				week.add(Map.of("weekday", weekday, "periodNo", period, "subjectId", subjectIds.get((weekday + period) % subjectIds.size()),
						"teacherId", people.get("teacher"), "room", rooms[(weekday + period) % rooms.length]));
			}
		}
		ok(api.send("PUT", "/api/journal/class-groups/" + classGroupId + "/timetable", admin,
				Map.of("validFrom", firstDay, "entries", week), Map.of()));
		LocalDate lastDay = today.minusDays(1);
		if (!lastDay.isBefore(firstDay)) {
			ok(api.post("/api/journal/class-groups/" + classGroupId + "/timetable/lessons", admin,
					Map.of("from", lastDay.minusDays(119).isAfter(firstDay) ? lastDay.minusDays(119) : firstDay, "to", lastDay)));
		}
		ok(api.post("/api/journal/class-groups/" + classGroupId + "/timetable/lessons", admin,
				Map.of("from", today, "to", today.plusDays(13))));

		UUID ivanov = people.get("ivanov");
		UUID petrova = people.get("petrova");
		String[] values = { "5", "4", "4", "3", "5", "4", "5", "2", "4", "5" };
		int n = 0;
		var lessons = ok(api.get("/api/journal/class-groups/" + classGroupId + "/lessons?from=" + firstDay + "&to=" + lastDay, teacher))
			.json();
		for (var lesson : lessons) {
			String lessonId = lesson.get("id").asString();
			String subject = lesson.get("subjectId").asString();
			String date = lesson.get("date").asString();
			n++;
			ok(api.send("PUT", "/api/journal/lessons/" + lessonId + "/content", teacher, Map.of("type", n % 17 == 0 ? "test" : "regular",
					"topic", topic(subject, n), "homework", "Упражнения " + (100 + n) + "–" + (102 + n)),
					Map.of("If-Match", "\"" + lesson.get("version").asLong() + "\"")));
			String ivanovStatus = n % 23 == 0 ? "ill" : n % 31 == 0 ? "late" : "present";
			Map<String, Object> ivanovEntry = new LinkedHashMap<>(Map.of("studentId", ivanov, "status", ivanovStatus));
			if (ivanovStatus.equals("late")) {
				ivanovEntry.put("minutesLate", 10);
			}
			if (ivanovStatus.equals("ill")) {
				ivanovEntry.put("reason", "Справка от врача");
			}
			ok(api.send("PUT", "/api/journal/lessons/" + lessonId + "/attendance", teacher, Map.of("entries", List.of(ivanovEntry,
					Map.of("studentId", petrova, "status", n % 19 == 0 ? "absent" : "present"))), Map.of()));
			if (n % 3 == 0) {
				UUID student = n % 2 == 0 ? ivanov : petrova;
				ok(api.post("/api/journal/marks", teacher, Map.of("studentId", student, "classGroupId", classGroupId,
						"subjectId", subject, "value", values[n % values.length], "workType", n % 17 == 0 ? "test" : "oral",
						"workDate", date)));
			}
		}
		for (UUID subject : subjectIds) {
			for (UUID student : List.of(ivanov, petrova)) {
				ok(api.send("PUT", "/api/journal/grades", teacher, Map.of("periodId", q1, "classGroupId", classGroupId,
						"subjectId", subject, "studentId", student, "kind", "period", "value", student.equals(ivanov) ? "4" : "5"),
						Map.of()));
			}
		}
	}

	private static String topic(String subjectId, int n) {
		String[] topics = { "Натуральные числа и шкалы", "Сложение и вычитание", "Умножение и деление", "Обыкновенные дроби",
				"Десятичные дроби", "Фонетика и графика", "Морфемика", "Имя существительное", "Устное народное творчество",
				"Басни И. А. Крылова", "Сказки А. С. Пушкина" };
		return topics[Math.floorMod(subjectId.hashCode() + n, topics.length)] + " (урок " + n + ")";
	}

	/** Login → role, for printing. */
	public Map<String, String> logins() {
		return logins;
	}

	public String token(String login) {
		return RealServers.keycloak().passwordToken(login, PASSWORD);
	}

	private void load() {
		RealServers.keycloak().createUser("region", PASSWORD, List.of("region-operator"), UUID.randomUUID().toString(), List.of(),
				List.of("51"));
		logins.put("region", "оператор региона 51, Мурманская область / region operator");
		String region = token("region");
		municipalityId = id(ok(api.post("/api/identity/regions/51/municipalities", region, Map.of("name", "ЗАТО г. Североморск"))));
		Response school = ok(api.post("/api/identity/schools", region, Map.of("name", "МБОУ «Средняя общеобразовательная школа № 1»",
				"shortName", "СОШ № 1", "municipalityId", municipalityId)));
		schoolId = id(school);
		schoolZone = SchoolTime.zoneOf(school.json().get("timeZone").asString());

		UUID admin = staff(region, "admin", "Кузнецова", "Елена", List.of("school-admin"), "ответственный сотрудник школы / school admin");
		String adminToken = token("admin");
		UUID teacher = staff(adminToken, "teacher", "Сидорова", "Ольга", List.of("teacher", "class-teacher"),
				"учитель и классный руководитель 5А / teacher");
		people.put("admin", admin);
		people.put("teacher", teacher);

		UUID ivanov = student(adminToken, "ivanov", "Иванов", "Пётр", "2015-04-12");
		UUID petrova = student(adminToken, "petrova", "Петрова", "Анна", "2015-09-03");
		UUID ivanova = guardian(adminToken, "ivanova", "Иванова", "Мария", "112-233-445 95", ivanov);
		UUID petrov = guardian(adminToken, "petrov", "Петров", "Сергей", "123-456-789 64", petrova);
		// C4: identity keeps a guardian's SNILS only under a written consent: the school registers the paper form in
		// consent-service (which knows the guardian once identity's event arrived), then adds the SNILS (once identity has it)
		eventually(() -> api.post("/api/consent/persons/" + petrov + "/consents/paper", adminToken,
				Map.of("decision", "given", "textVersion", "2026-1", "givenBy", petrov)));
		eventually(() -> api.send("PUT", "/api/identity/persons/" + petrov + "/snils", adminToken, Map.of("snils", "123-456-789 64"),
				Map.of()));
		// A7: the demo regional portal (realm 'portal') links its user by the SNILS it confirmed (ADR 0009), with an
		// assertion signed by the demo portal's key, which the region operator uploaded first (ADR 0043)
		ok(api.send("PUT", "/api/identity/portals/" + DemoPortal.CLIENT + "/keys", region, DemoPortal.publicJwkSet(), Map.of()));
		portalUser = RealServers.keycloak().portalUserId(PORTAL_LOGIN);
		ok(api.post("/api/identity/portal-links", RealServers.keycloak().portalToken(),
				Map.of("portalUserId", portalUser, "portalUsername", PORTAL_LOGIN, "accountConfirmed", true,
						"snils", "123-456-789 64", "assertion", DemoPortal.assertion(portalUser, "123-456-789 64"))));
		people.put("ivanov", ivanov);
		people.put("petrova", petrova);
		people.put("ivanova", ivanova);
		people.put("petrov", petrov);

		LocalDate yearStart = LocalDate.of(schoolYearStart(), 9, 1);
		classGroupId = id(ok(api.post("/api/journal/schools/" + schoolId + "/class-groups", adminToken,
				Map.of("name", "5А", "academicYear", schoolYearStart() + "/" + (schoolYearStart() + 1)))));
		// the school's bells from September (D3): the diary's week shows each lesson's time
		ok(api.send("PUT", "/api/journal/schools/" + schoolId + "/bell-schedule", adminToken, Map.of("shift", 1, "effectiveFrom",
				yearStart, "lessons", List.of(bell(1, "08:30", "09:15"), bell(2, "09:25", "10:10"), bell(3, "10:30", "11:15"),
						bell(4, "11:35", "12:20"), bell(5, "12:30", "13:15"), bell(6, "13:25", "14:10"), bell(7, "14:20", "15:05"))),
				Map.of()));
		for (String subject : List.of("Математика", "Русский язык", "Литература")) {
			subjects.put(subject, id(ok(api.post("/api/journal/schools/" + schoolId + "/subjects", adminToken, Map.of("name", subject)))));
		}
		for (UUID student : List.of(ivanov, petrova)) {
			eventually(() -> api.post("/api/journal/class-groups/" + classGroupId + "/enrolments", adminToken,
					Map.of("studentId", student, "from", yearStart)));
		}
		for (UUID subject : subjects.values()) {
			eventually(() -> api.post("/api/journal/class-groups/" + classGroupId + "/assignments", adminToken,
					Map.of("teacherId", teacher, "subjectId", subject, "from", yearStart)));
		}
		eventually(() -> api.send("PUT", "/api/journal/class-groups/" + classGroupId + "/class-teacher", adminToken,
				Map.of("teacherId", teacher), Map.of()));
		marks(token("teacher"), List.of(ivanov, petrova));
	}

	private static Map<String, Object> bell(int number, String start, String end) {
		return Map.of("number", number, "start", start, "end", end);
	}

	private void marks(String teacherToken, List<UUID> students) {
		String[][] values = { { "5", "4", "5", "3", "4", "5" }, { "4", "4", "3", "5", "5", "4" } };
		String[] types = { "oral", "written", "homework", "test", "oral", "written" };
		List<LocalDate> days = schoolDays(6);
		List<UUID> subjectIds = new ArrayList<>(subjects.values());
		for (int s = 0; s < students.size(); s++) {
			for (int d = 0; d < days.size(); d++) {
				Map<String, Object> mark = new LinkedHashMap<>();
				mark.put("studentId", students.get(s));
				mark.put("classGroupId", classGroupId);
				mark.put("subjectId", subjectIds.get(d % subjectIds.size()));
				mark.put("value", values[s][d]);
				mark.put("workType", types[d]);
				mark.put("workDate", days.get(d));
				if (types[d].equals("test")) {
					mark.put("comment", "Контрольная работа");
				}
				ok(api.post("/api/journal/marks", teacherToken, mark));
			}
		}
	}

	private UUID staff(String token, String login, String lastName, String firstName, List<String> roles, String label) {
		UUID id = id(ok(api.post("/api/identity/schools/" + schoolId + "/staff", token,
				Map.of("lastName", lastName, "firstName", firstName, "roles", roles))));
		account(token, id, login, label);
		return id;
	}

	private UUID student(String token, String login, String lastName, String firstName, String birthDate) {
		UUID id = id(ok(api.post("/api/identity/schools/" + schoolId + "/students", token,
				Map.of("lastName", lastName, "firstName", firstName, "birthDate", birthDate))));
		account(token, id, login, "обучающийся 5А / student");
		return id;
	}

	private UUID guardian(String token, String login, String lastName, String firstName, String snils, UUID child) {
		UUID id = id(ok(api.post("/api/identity/schools/" + schoolId + "/guardians", token,
				Map.of("lastName", lastName, "firstName", firstName, "snils", snils))));
		ok(api.post("/api/identity/representations", token, Map.of("guardianId", id, "studentId", child, "basis", "parent")));
		account(token, id, login, "родитель / guardian");
		return id;
	}

	private void account(String token, UUID personId, String login, String label) {
		ok(api.post("/api/identity/persons/" + personId + "/account", token, Map.of("username", login, "password", PASSWORD)));
		logins.put(login, label);
	}

	private static Response ok(Response response) {
		if (response.status() / 100 != 2) {
			throw new IllegalStateException("demo data refused: " + response);
		}
		return response;
	}

	/** Identity's events reach the journal asynchronously: a write that needs them is retried. */
	private static void eventually(java.util.function.Supplier<Response> call) {
		ok(Eventually.until(call, r -> r.status() / 100 == 2, Duration.ofSeconds(60)));
	}

	private static UUID id(Response response) {
		return UUID.fromString(response.json().get("id").asString());
	}

	/** Today at the demo school (its zone is the region's, as identity registered it). */
	public LocalDate today() {
		return LocalDate.now(Clock.system(schoolZone));
	}

	private int schoolYearStart() {
		LocalDate today = today();
		return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
	}

	/** The last n weekdays up to today. */
	private List<LocalDate> schoolDays(int n) {
		List<LocalDate> days = new ArrayList<>();
		LocalDate day = today();
		while (days.size() < n) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(0, day);
			}
			day = day.minusDays(1);
		}
		return days;
	}
}
