package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A school IT operator imports students, guardians and their links from a CSV file: all of it, or nothing. */
class CsvImportIT extends IdentityIT {

	private static final String HEADER = "Тип;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Ключ;Ребёнок;Основание\n";

	@Autowired
	JdbcClient jdbc;

	@Test
	void utf8FileImportsStudentsGuardiansAndLinksAndPublishesEvents() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 1");
		String csv = HEADER
				+ "обучающийся;Иванов;Пётр;;01.03.2014;;s1;;\n"
				+ "обучающийся;Иванова;Анна;Петровна;02.04.2016;;s2;;\n"
				+ "родитель;Иванова;Мария;Сергеевна;;" + randomSnils() + ";g1;s1 s2;родитель\n"
				+ "родитель;Сидоров;Олег;;;" + randomSnils() + ";g2;s1;опекун\n";

		Response imported = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("students").asInt()).isEqualTo(2);
		assertThat(imported.json().get("guardians").asInt()).isEqualTo(2);
		assertThat(imported.json().get("links").asInt()).isEqualTo(3);
		assertThat(imported.json().get("status").asString()).isEqualTo("done");
		assertThat(persons(desk.schoolId())).isEqualTo(5); // the admin and the four imported

		Response polled = api().get("/api/identity/schools/" + desk.schoolId() + "/imports/" + imported.json().get("id").asString(),
				desk.admin());
		assertThat(polled.status()).isEqualTo(200);
		assertThat(polled.json().get("status").asString()).isEqualTo("done");
		assertThat(polled.json().get("rows").asInt()).isEqualTo(4);
		assertThat(polled.json().get("finishedAt").isNull()).isFalse();

		String guardianId = jdbc.sql("""
				select r.guardian_id from representation r join person p on p.id = r.student_id
				where p.school_id = ? limit 1""").param(UUID.fromString(desk.schoolId())).query(UUID.class).single().toString();
		String established = EventProbe.await("identity.representations.v1", r -> r.value().contains(guardianId),
				Duration.ofSeconds(30)).value();
		assertThat(established).contains("studentId");
	}

	@Test
	void everyImportedPersonAndLinkIsWrittenAsTheFileSaysAndLeavesAsAnEventOfItsOwn() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 7");
		String csv = HEADER
				+ "обучающийся;Лебедев;Марк;Андреевич;05.06.2013;;a;;\n"
				+ "обучающийся;Лебедева;Ева;Андреевна;07.08.2017;;b;;\n"
				+ "родитель;Лебедева;Ольга;;;;m;a b;\n"
				+ "родитель;Лебедев;Андрей;;;;f;a;родитель\n"
				+ "родитель;Зайцева;Нина;;;;z;b;попечитель\n";

		Response imported = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		UUID school = UUID.fromString(desk.schoolId());
		assertThat(jdbc.sql("""
				select kind || ' ' || last_name || ' ' || first_name || ' ' || coalesce(middle_name, '-') || ' ' || coalesce(birth_date::text, '-')
				from person where school_id = ? and kind <> 'STAFF' order by last_name, first_name""").param(school).query(String.class).list())
			.containsExactly("GUARDIAN Зайцева Нина - -", "GUARDIAN Лебедев Андрей - -", "STUDENT Лебедев Марк Андреевич 2013-06-05",
					"STUDENT Лебедева Ева Андреевна 2017-08-07", "GUARDIAN Лебедева Ольга - -");
		assertThat(jdbc.sql("""
				select g.first_name || ' → ' || s.first_name || ' ' || r.basis || ' ' || (r.valid_from = (now() at time zone sc.time_zone)::date)
				from representation r join person g on g.id = r.guardian_id join person s on s.id = r.student_id
				  join school sc on sc.id = s.school_id
				where s.school_id = ? and r.valid_to is null order by 1""").param(school).query(String.class).list())
			.containsExactly("Андрей → Марк PARENT true", "Нина → Ева CUSTODIAN true", "Ольга → Ева PARENT true",
					"Ольга → Марк PARENT true");
		List<String> persons = jdbc.sql("select id::text from person where school_id = ? and kind <> 'STAFF'").param(school)
			.query(String.class).list();
		assertThat(EventProbe.awaitAll("identity.persons.v1", r -> persons.contains(r.key()), persons.size(), Duration.ofSeconds(30))
			.stream().map(ConsumerRecord::key)).containsExactlyInAnyOrderElementsOf(persons);
		List<String> links = jdbc.sql("select r.id::text from representation r join person s on s.id = r.student_id where s.school_id = ?")
			.param(school).query(String.class).list();
		assertThat(EventProbe.awaitAll("identity.representations.v1", r -> links.stream().anyMatch(r.value()::contains), links.size(),
				Duration.ofSeconds(30))).hasSize(links.size());
	}

	@Test
	void aGuardianNamingTheSameChildTwiceIsAConflictAndNothingIsWritten() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 8");
		int before = persons(desk.schoolId());
		String csv = HEADER
				+ "обучающийся;Гусев;Лев;;01.03.2014;;s1;;\n"
				+ "родитель;Гусева;Анна;;;;g1;s1 s1;\n";

		Response refused = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(persons(desk.schoolId())).isEqualTo(before);
		assertThat(jdbc.sql("select status from person_import where school_id = ?").param(UUID.fromString(desk.schoolId()))
			.query(String.class).single()).isEqualTo("FAILED");
	}

	@Test
	void windows1251FileWithCommasAndAnyCaseHeadersImportsToo() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 2");
		String csv = "ТИП,фамилия,Имя,Дата рождения,Ключ,снилс,Ребёнок\n"
				+ "Обучающийся,Ёлкина,Дарья,15.09.2015,k-1,,\n"
				+ "родитель,Ёлкин,Андрей,,k-2," + randomSnils() + ",k-1\n";

		Response imported = upload(desk.schoolId(), desk.admin(), csv.getBytes(Charset.forName("windows-1251")), "text/csv");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("students").asInt()).isEqualTo(1);
		assertThat(imported.json().get("links").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from person where school_id = ? and last_name = 'Ёлкина'")
			.param(UUID.fromString(desk.schoolId())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void guardiansImportWithoutSnilsAndAGivenOneIsNotKeptWithoutAWrittenConsent() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 4");
		String csv = "Тип;Фамилия;Имя;Дата рождения;Ключ;Ребёнок\n"
				+ "обучающийся;Орлова;Вера;11.05.2015;s1;\n"
				+ "родитель;Орлова;Нина;;g1;s1\n";
		Response withoutColumn = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");
		assertThat(withoutColumn.status()).as(withoutColumn.toString()).isEqualTo(201);
		assertThat(withoutColumn.json().get("guardians").asInt()).isEqualTo(1);
		assertThat(withoutColumn.json().get("links").asInt()).isEqualTo(1);

		String withSnils = HEADER
				+ "обучающийся;Орлов;Илья;;01.03.2014;;s1;;\n"
				+ "родитель;Орлов;Павел;;;;g1;s1;\n"
				+ "родитель;Орлова;Ольга;;;" + randomSnils() + ";g2;s1;\n";
		Response imported = upload(desk.schoolId(), desk.admin(), withSnils.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("guardians").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from person where school_id = ? and kind = 'GUARDIAN' and snils is not null")
			.param(UUID.fromString(desk.schoolId())).query(Integer.class).single()).as("no SNILS kept without a consent").isZero();
	}

	@Test
	void aFileWithBadRowsIsRejectedRowByRowAndWritesNothing() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 3");
		int before = persons(desk.schoolId());
		String csv = HEADER
				+ "обучающийся;Иванов;Пётр;;01.03.2014;;s1;;\n"
				+ "родитель;Иванова;Мария;;;112-233-445 96;g1;s1;\n"
				+ "родитель;Петров;Иван;;;" + randomSnils() + ";g2;nobody;\n";

		Response refused = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("errors").size()).isEqualTo(2);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("row 3/СНИЛС");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("СНИЛС");
		assertThat(refused.json().get("errors").get(1).get("field").asString()).isEqualTo("row 4/Ребёнок");
		assertThat(refused.json().get("errors").get(1).get("message").asString()).contains("nobody");
		assertThat(persons(desk.schoolId())).isEqualTo(before);
	}

	@Test
	void aFileSentAsJsonIsRefusedAsAnUnsupportedTypeAndOneWithoutATypeIsRead() {
		Desk desk = newSchool(regionOperatorToken(), "Школа импорта 6");
		String csv = HEADER + "обучающийся;Носов;Олег;;01.02.2015;;s1;;\n";

		Response json = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "application/json");
		Response untyped = upload(desk.schoolId(), desk.admin(), csv.getBytes(StandardCharsets.UTF_8), "application/octet-stream");

		assertThat(json.status()).as(json.toString()).isEqualTo(415);
		assertThat(json.isProblem()).isTrue();
		assertThat(json.json().get("detail").asString()).isEqualTo("Неподдерживаемый тип содержимого.");
		assertThat(untyped.status()).as(untyped.toString()).isEqualTo(201);
	}

	@Test
	void anotherSchoolsAdminIsRefused() {
		String region = regionOperatorToken();
		Desk mine = newSchool(region, "Школа импорта 4");
		Desk other = newSchool(region, "Школа импорта 5");
		String csv = HEADER + "обучающийся;Чужой;Ученик;;01.01.2012;;x;;\n";

		Response refused = upload(other.schoolId(), mine.admin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(upload(UUID.randomUUID().toString(), region, csv.getBytes(StandardCharsets.UTF_8), "text/csv").status())
			.isEqualTo(404);
	}

	private int persons(String schoolId) {
		return jdbc.sql("select count(*) from person where school_id = ?").param(UUID.fromString(schoolId)).query(Integer.class).single();
	}

	/** ApiClient sends JSON only: the file goes as bytes of its own charset. */
	private Response upload(String schoolId, String token, byte[] file, String contentType) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/identity/schools/" + schoolId + "/imports"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(file))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Map<String, String> headers = new LinkedHashMap<>();
			response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
			return new Response(response.statusCode(), headers, response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
