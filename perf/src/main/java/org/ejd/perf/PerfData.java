package org.ejd.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ejd.devstack.DemoData;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The performance run's school, entered through the public API as a school enters it (so every table, index and
 * projection is what production has): the demo school with its quarter of lessons, then {@code classes} more classes
 * of {@code classSize} students, each with a guardian who has an account, the week's timetable, four weeks of lessons
 * and a whole-class mark per subject and school day. Writes the feeders the simulations read.
 */
final class PerfData {

	static final String PASSWORD = "Perf-pass-2026-ejd";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiClient api;

	private final DemoData demo;

	private final LocalDate loadedOn;

	final List<Family> families = new ArrayList<>();

	final List<ClassGroup> classes = new ArrayList<>();

	private final Map<String, String> refreshTokens = new LinkedHashMap<>();

	record Family(String login, UUID guardianId, UUID studentId, UUID classGroupId) {
	}

	record ClassGroup(UUID id, List<UUID> students) {
	}

	private PerfData(String gatewayUrl, DemoData demo) {
		this.api = new ApiClient(gatewayUrl);
		this.demo = demo;
		this.loadedOn = demo.today();
	}

	static PerfData load(String gatewayUrl, int classCount, int classSize) {
		DemoData demo = DemoData.load(gatewayUrl);
		demo.loadQuarter();
		PerfData data = new PerfData(gatewayUrl, demo);
		data.addClasses(classCount, classSize);
		return data;
	}

	/**
	 * The school's day the run loaded it on, read from the clock once: every phase takes its dates from it, so a run
	 * that passes the school's midnight keeps writing and reading the days it began with (ADR 0105; session 41's run
	 * passed Moscow's midnight before P5, whose reads moved onto the write phases' pile: 39 week views a second).
	 */
	LocalDate loadedOn() {
		return loadedOn;
	}

	/** The day the write phases post their marks on: the last school day up to {@link #loadedOn()} (ADR 0105). */
	LocalDate workDate() {
		return lastSchoolDay(loadedOn);
	}

	/** The last weekday up to today: today itself on a weekday, the Friday before on a weekend. */
	static LocalDate lastSchoolDay(LocalDate today) {
		return schoolDays(today, 1).getFirst();
	}

	UUID schoolId() {
		return demo.schoolId;
	}

	List<UUID> subjects() {
		return new ArrayList<>(demo.subjects.values());
	}

	private void addClasses(int classCount, int classSize) {
		String admin = demo.token("admin");
		UUID teacher = demo.people.get("teacher");
		LocalDate today = loadedOn;
		int yearStart = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		LocalDate firstDay = LocalDate.of(yearStart, 9, 1);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int c = 0; c < classCount; c++) {
				UUID classGroupId = id(ok(api.post("/api/journal/schools/" + demo.schoolId + "/class-groups", admin,
						Map.of("name", (6 + c / 4) + "АБВГ".substring(c % 4, c % 4 + 1) + "-" + c, "academicYear", yearStart + "/" + (yearStart + 1)))));
				int classNo = c;
				List<Future<Family>> created = new ArrayList<>();
				for (int s = 0; s < classSize; s++) {
					int n = classNo * classSize + s;
					created.add(pool.submit(() -> family(admin, classGroupId, n)));
				}
				List<UUID> students = new ArrayList<>();
				for (Future<Family> future : created) {
					Family family = future.get();
					families.add(family);
					students.add(family.studentId());
				}
				for (UUID student : students) {
					eventually(() -> api.post("/api/journal/class-groups/" + classGroupId + "/enrolments", admin,
							Map.of("studentId", student, "from", firstDay)));
				}
				for (UUID subject : subjects()) {
					eventually(() -> api.post("/api/journal/class-groups/" + classGroupId + "/assignments", admin,
							Map.of("teacherId", teacher, "subjectId", subject, "from", firstDay)));
				}
				timetable(admin, classGroupId, teacher, today);
				classes.add(new ClassGroup(classGroupId, students));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("perf data refused", ex.getCause());
		}
		String teacherToken = demo.token("teacher");
		for (ClassGroup group : classes) {
			for (LocalDate day : schoolDays(today, 20)) {
				for (UUID subject : subjects()) {
					ok(api.post("/api/journal/marks/batch", teacherToken, batch(group, subject, day, "written")));
				}
			}
		}
	}

	private Family family(String admin, UUID classGroupId, int n) {
		String suffix = String.format("%05d", n);
		UUID student = id(ok(api.post("/api/identity/schools/" + demo.schoolId + "/students", admin,
				Map.of("lastName", "Тестов", "firstName", "Ученик" + suffix, "birthDate", "2014-05-0" + (1 + n % 9)))));
		UUID guardian = id(ok(api.post("/api/identity/schools/" + demo.schoolId + "/guardians", admin,
				Map.of("lastName", "Тестова", "firstName", "Мама" + suffix, "snils", snils(300_000_000 + n)))));
		ok(api.post("/api/identity/representations", admin, Map.of("guardianId", guardian, "studentId", student, "basis", "parent")));
		String login = "perf-g" + suffix;
		ok(api.post("/api/identity/persons/" + guardian + "/account", admin, Map.of("username", login, "password", PASSWORD)));
		return new Family(login, guardian, student, classGroupId);
	}

	/** A SNILS with its check number (the Pension Fund's rule), unique per n. */
	static String snils(int number) {
		String digits = String.format("%09d", number);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (9 - i);
		}
		int check = sum < 100 ? sum : sum == 100 || sum == 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
		return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " " + String.format("%02d", check);
	}

	private void timetable(String admin, UUID classGroupId, UUID teacher, LocalDate today) {
		List<UUID> subjectIds = subjects();
		List<Map<String, Object>> week = new ArrayList<>();
		for (int weekday = 1; weekday <= 5; weekday++) {
			for (int period = 1; period <= 3; period++) {
				week.add(Map.of("weekday", weekday, "periodNo", period, "subjectId", subjectIds.get((weekday + period) % subjectIds.size()),
						"teacherId", teacher));
			}
		}
		LocalDate from = today.minusDays(28);
		ok(api.send("PUT", "/api/journal/class-groups/" + classGroupId + "/timetable", admin,
				Map.of("validFrom", from, "entries", week), Map.of()));
		ok(api.post("/api/journal/class-groups/" + classGroupId + "/timetable/lessons", admin,
				Map.of("from", from, "to", today.plusDays(13))));
	}

	Map<String, Object> batch(ClassGroup group, UUID subject, LocalDate day, String workType) {
		String[] values = { "5", "4", "3", "4", "5", "2", "4" };
		List<Map<String, Object>> marks = new ArrayList<>();
		for (int i = 0; i < group.students().size(); i++) {
			marks.add(Map.of("studentId", group.students().get(i), "value", values[(i + day.getDayOfMonth()) % values.length]));
		}
		return Map.of("classGroupId", group.id(), "subjectId", subject, "workType", workType, "workDate", day, "marks", marks);
	}

	/** The last n weekdays up to today. */
	static List<LocalDate> schoolDays(LocalDate today, int n) {
		List<LocalDate> days = new ArrayList<>();
		LocalDate day = today;
		while (days.size() < n) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(0, day);
			}
			day = day.minusDays(1);
		}
		return days;
	}

	// ---- feeders: fresh tokens before each simulation (access tokens live 5 minutes) ----

	/** {@code token,studentId} for the first {@code count} guardians. */
	Path familyFeeder(Path dir, int count) {
		List<String> lines = new ArrayList<>(List.of("token,studentId"));
		families.stream().limit(count).forEach(f -> lines.add(token(f.login(), PASSWORD) + "," + f.studentId()));
		return write(dir.resolve("families.csv"), lines);
	}

	/** {@code token,classGroupId,subjectId,studentId,value,workDate}: the teacher's single marks over every class. */
	Path markFeeder(Path dir, LocalDate workDate) {
		String token = token("teacher", DemoData.PASSWORD);
		List<String> lines = new ArrayList<>(List.of("token,classGroupId,subjectId,studentId,value,workDate"));
		String[] values = { "5", "4", "3", "4", "5" };
		int i = 0;
		for (ClassGroup group : classes) {
			for (UUID student : group.students()) {
				for (UUID subject : subjects()) {
					lines.add(String.join(",", token, group.id().toString(), subject.toString(), student.toString(), values[i++ % values.length],
							workDate.toString()));
				}
			}
		}
		return write(dir.resolve("marks.csv"), lines);
	}

	/** {@code token,classGroupId,subjectId,workDate,marks} where marks is the class's JSON array (CSV-quoted). */
	Path batchFeeder(Path dir, LocalDate workDate) {
		String token = token("teacher", DemoData.PASSWORD);
		List<String> lines = new ArrayList<>(List.of("token,classGroupId,subjectId,workDate,marks"));
		for (ClassGroup group : classes) {
			for (UUID subject : subjects()) {
				Object marks = batch(group, subject, workDate, "written").get("marks");
				String json = JSON.writeValueAsString(marks).replace("\"", "\"\"");
				lines.add(String.join(",", token, group.id().toString(), subject.toString(), workDate.toString(), "\"" + json + "\""));
			}
		}
		return write(dir.resolve("batches.csv"), lines);
	}

	/** Class rosters the bulk import path cycles through: each is imported again and again, as new people each time. */
	static final int ROSTER_FILES = 32;

	/** What one roster file holds: a class's students, a mother and a father for each, and their links. */
	record Roster(int students, int guardians, int links) {

		static Roster ofClass(int classSize) {
			return new Roster(classSize, 2 * classSize, 2 * classSize);
		}

		int rows() {
			return students + guardians;
		}
	}

	private static final String[] SURNAMES = { "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
			"Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
			"Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров" };

	private static final String[] BOYS = { "Артём", "Михаил", "Иван", "Максим", "Лев", "Марк", "Матвей", "Тимофей" };

	private static final String[] GIRLS = { "София", "Анна", "Мария", "Ева", "Виктория", "Алиса", "Полина", "Варвара" };

	private static final String[] MOTHERS = { "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана" };

	private static final String[] FATHERS = { "Сергей", "Андрей", "Алексей", "Дмитрий", "Николай", "Георгий" };

	/**
	 * {@code token,file}: the school admin's token and one of {@link #ROSTER_FILES} class rosters in the format of
	 * identity's CSV import (Russian headers, {@code ;}), {@code classSize} students each with a mother and a father.
	 */
	Path importFeeder(Path dir, int classSize) {
		String token = token("admin", DemoData.PASSWORD);
		List<String> lines = new ArrayList<>(List.of("token,file"));
		for (int f = 0; f < ROSTER_FILES; f++) {
			lines.add(token + "," + write(dir.resolve("rosters").resolve("roster-" + f + ".csv"), roster(f, classSize, loadedOn))
				.toAbsolutePath());
		}
		return write(dir.resolve("imports.csv"), lines);
	}

	/** The {@code file}-th class roster: its students born in the same year, of an age for the class. */
	static List<String> roster(int file, int classSize, LocalDate today) {
		java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");
		List<String> lines = new ArrayList<>(List.of("Тип;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Ключ;Ребёнок;Основание"));
		LocalDate born = today.minusYears(7 + file % 11).withDayOfYear(1);
		for (int s = 0; s < classSize; s++) {
			int n = file * classSize + s;
			String surname = SURNAMES[n % SURNAMES.length];
			String father = FATHERS[n / SURNAMES.length % FATHERS.length];
			boolean girl = s % 2 == 1;
			String child = (girl ? GIRLS : BOYS)[n % BOYS.length];
			String patronymic = father.replaceAll("й$", "") + (girl ? "евна" : "евич");
			String key = "s" + s;
			lines.add(String.join(";", "обучающийся", girl ? surname + "а" : surname, child, patronymic,
					born.plusDays(n % 360).format(date), "", key, "", ""));
			lines.add(String.join(";", "родитель", surname + "а", MOTHERS[n % MOTHERS.length], "", "", "", "m" + s, key, "родитель"));
			lines.add(String.join(";", "родитель", surname, father, "", "", "", "f" + s, key, "родитель"));
		}
		return lines;
	}

	/** Written beside and moved into place: a Gatling run reading it while a kept stack writes it again sees one whole. */
	private static Path write(Path file, List<String> lines) {
		try {
			Files.createDirectories(file.getParent());
			Path written = Files.write(file.resolveSibling(file.getFileName() + ".new"), lines);
			return Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final HttpClient http = HttpClient.newHttpClient();

	/** An access token: by the refresh token once there is one (no password hashing on Keycloak for each feeder). */
	String token(String login, String password) {
		String refresh = refreshTokens.get(login);
		Map<String, String> form = refresh != null
				? Map.of("grant_type", "refresh_token", "client_id", "ejd-cli", "refresh_token", refresh)
				: Map.of("grant_type", "password", "client_id", "ejd-cli", "username", login, "password", password);
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(RealServers.keycloak().tokenUri()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"))))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				if (refresh != null) {
					refreshTokens.remove(login);
					return token(login, password);
				}
				throw new IllegalStateException("no token for " + login + ": " + response.body());
			}
			JsonNode body = JSON.readTree(response.body());
			if (body.has("refresh_token")) {
				refreshTokens.put(login, body.get("refresh_token").asString());
			}
			return body.get("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Response ok(Response response) {
		if (response.status() / 100 != 2) {
			throw new IllegalStateException("perf data refused: " + response);
		}
		return response;
	}

	private static void eventually(Supplier<Response> call) {
		ok(Eventually.until(call, r -> r.status() / 100 == 2, Duration.ofSeconds(60)));
	}

	private static UUID id(Response response) {
		return UUID.fromString(response.json().get("id").asString());
	}
}
