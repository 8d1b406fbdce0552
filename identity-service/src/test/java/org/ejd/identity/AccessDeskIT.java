package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A9 and A10: the school's desk hours and contacts as its admin sets them, the open page and A4 poster on how
 * to get access, and the application form the school's staff print pre-filled from the registry.
 */
class AccessDeskIT extends IdentityIT {

	private static final Map<String, Object> DESK = Map.of("hours", "пн–пт 9:00–17:00, сб 10:00–13:00", "place", "каб. 12 (секретарь)",
			"phone", "+7 (815) 123-45-67", "email", "desk@school7.example.org");

	@Test
	void anyoneReadsHowToGetAccessWithTheDesksHoursAndTheConfiguredDeadlines() {
		Desk desk = newSchool(regionOperatorToken(), "Школа открытых дверей");
		Response set = api().send("PUT", "/api/identity/schools/" + desk.schoolId() + "/access-desk", desk.admin(), DESK, Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().get("version").asLong()).isEqualTo(1);
		CLOCK.setTo("2026-11-20T07:00:00Z"); // a Friday, 10:00 in Murmansk

		Response info = api().get("/api/identity/schools/" + desk.schoolId() + "/access-info", null);
		assertThat(info.status()).as(info.toString()).isEqualTo(200);
		JsonNode body = info.json();
		assertThat(body.get("schoolName").asString()).isEqualTo("Школа открытых дверей");
		assertThat(body.get("title").asString()).isEqualTo("Как получить доступ к электронному дневнику");
		assertThat(body.get("steps").toString()).contains("не дольше 5 рабочих дней", "младше 14 лет", "в течение 30 дней",
				"подтверждённой учётной записью портала");
		assertThat(body.get("desk").get("hours").asString()).isEqualTo("пн–пт 9:00–17:00, сб 10:00–13:00");
		assertThat(body.get("desk").get("phone").asString()).isEqualTo("+7 (815) 123-45-67");
		assertThat(body.get("desk").get("email").asString()).isEqualTo("desk@school7.example.org");
		JsonNode deadlines = body.get("deadlines");
		assertThat(deadlines.get("answerWithinWorkingDays").asInt()).isEqualTo(5);
		assertThat(deadlines.get("filedToday").asString()).isEqualTo("2026-11-20");
		assertThat(deadlines.get("answerBy").asString()).as("five working days from Monday").isEqualTo("2026-11-27");
		assertThat(deadlines.get("codeValidDays").asInt()).isEqualTo(30);
		assertThat(deadlines.get("codeAttempts").asInt()).isEqualTo(5);

		Response english = api().send("GET", "/api/identity/schools/" + desk.schoolId() + "/access-info", null, null,
				Map.of("Accept-Language", "en"));
		assertThat(english.json().get("title").asString()).isEqualTo("How to get access to the electronic diary");
		assertThat(english.json().get("steps").toString()).contains("within 5 working days", "confirmed portal account");
	}

	@Test
	void thePosterIsAnA4PdfInTheHouseFontsWithTheStepsHoursAndContacts() throws Exception {
		Desk desk = newSchool(regionOperatorToken(), "МБОУ «Школа плакатов»");
		api().send("PUT", "/api/identity/schools/" + desk.schoolId() + "/access-desk", desk.admin(), DESK, Map.of());

		HttpResponse<byte[]> poster = getPdf(null, "/api/identity/schools/" + desk.schoolId() + "/access-info/poster", "ru");
		assertThat(poster.statusCode()).isEqualTo(200);
		assertThat(poster.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
		List<PDFont> fonts = new ArrayList<>();
		String text;
		try (PDDocument pdf = Loader.loadPDF(poster.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = pdf.getPage(0).getMediaBox();
			assertThat(Math.round(size.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
			assertThat(Math.round(size.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
		}
		assertThat(text).contains("МБОУ «Школа плакатов»", "Как получить доступ к электронному дневнику",
				"Срок ответа на заявление: 5 рабочих дней", "Часы приёма: пн–пт 9:00–17:00, сб 10:00–13:00", "Где: каб. 12 (секретарь)",
				"Телефон: +7 (815) 123-45-67", "desk@school7.example.org", "подтверждённой учётной записью портала");
		assertThat(fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			assertThat(font.getName()).contains("Liberation");
		});

		String english = pdfText(getPdf(null, "/api/identity/schools/" + desk.schoolId() + "/access-info/poster", "en").body());
		assertThat(english.replaceAll("\\s+", " ")).contains("How to get access to the electronic diary", "Hours: пн–пт 9:00–17:00");
	}

	@Test
	void aSchoolWithoutItsDeskSetSaysToAskTheSchoolAndAnUnknownSchoolIsAProblem() {
		Desk desk = newSchool(regionOperatorToken(), "Школа без часов");
		JsonNode info = api().get("/api/identity/schools/" + desk.schoolId() + "/access-info", null).json();
		assertThat(info.has("desk") && !info.get("desk").isNull()).isFalse();
		assertThat(info.get("deskNote").asString()).isEqualTo("Часы приёма заявлений уточните в школе.");
		assertThat(pdfText(getPdf(null, "/api/identity/schools/" + desk.schoolId() + "/access-info/poster", "ru").body()))
			.contains("Часы приёма заявлений уточните в школе.");
		Response notSet = api().get("/api/identity/schools/" + desk.schoolId() + "/access-desk", desk.admin());
		assertThat(notSet.status()).isEqualTo(404);
		assertThat(notSet.json().get("detail").asString()).contains("ещё не указала часы");

		Response unknown = api().get("/api/identity/schools/" + java.util.UUID.randomUUID() + "/access-info", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.json().get("detail").asString()).isEqualTo("Школа не найдена.");
	}

	@Test
	void onlyTheSchoolsManagersSetTheDeskAndBadInputChangesNothing() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа правил");
		Desk other = newSchool(region, "Чужая школа");
		String path = "/api/identity/schools/" + desk.schoolId() + "/access-desk";
		assertThat(api().send("PUT", path, desk.admin(), DESK, Map.of()).status()).isEqualTo(200);

		Response foreign = api().send("PUT", path, other.admin(), Map.of("hours", "никогда"), Map.of());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.isProblem()).isTrue();
		assertThat(foreign.json().get("detail").asString()).isEqualTo("Вы можете работать только с данными своей школы.");
		assertThat(api().send("PUT", path, null, Map.of("hours", "никогда"), Map.of()).status()).isEqualTo(401);

		Map<String, Object> blankHours = new HashMap<>(DESK);
		blankHours.put("hours", " ");
		Response blank = api().send("PUT", path, desk.admin(), blankHours, Map.of());
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.isProblem()).isTrue();
		Map<String, Object> badEmail = new HashMap<>(DESK);
		badEmail.put("email", "not-an-address");
		Response email = api().send("PUT", path, desk.admin(), badEmail, Map.of());
		assertThat(email.status()).isEqualTo(400);
		assertThat(email.isProblem()).isTrue();

		JsonNode kept = api().get(path, desk.admin()).json();
		assertThat(kept.get("version").asLong()).isEqualTo(1);
		assertThat(kept.get("hours").asString()).isEqualTo(DESK.get("hours"));

		Map<String, Object> byOperator = new HashMap<>(DESK);
		byOperator.put("hours", "пн–чт 8:30–16:30");
		Response operator = api().send("PUT", path, region, byOperator, Map.of());
		assertThat(operator.status()).as("an operator of the school's region manages it too").isEqualTo(200);
		assertThat(operator.json().get("version").asLong()).isEqualTo(2);
	}

	@Test
	void theSchoolPrintsAGuardiansApplicationPreFilledFromTheRegistryInItsOwnWording() {
		Desk desk = newSchool(regionOperatorToken(), "МБОУ «СОШ № 3»");
		String student = created(api().post("/api/identity/schools/" + desk.schoolId() + "/students", desk.admin(),
				Map.of("lastName", "Смирнов", "firstName", "Олег", "middleName", "Иванович", "birthDate", "2014-03-08")));
		String guardian = guardian(desk);
		represent(desk, guardian, student);
		String path = "/api/identity/persons/" + guardian + "/application-form";

		HttpResponse<byte[]> form = getPdf(desk.admin(), path, "ru");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("cache-control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		String text = pdfText(form.body()).replaceAll("\\s+", " ");
		assertThat(text).contains("Заявление о предоставлении доступа к электронному дневнику", "Руководителю: МБОУ «СОШ № 3»",
				"от Иванова Мария Сергеевна", "Прошу предоставить мне доступ к электронному дневнику",
				"Смирнов Олег Иванович, дата рождения 08.03.2014", "выдать письмом лично в школе", "Подпись");

		Map<String, Object> own = new HashMap<>(DESK);
		own.put("formText", "Прошу предоставить доступ к электронному дневнику согласно приказу № 45 от 01.09.2026.");
		api().send("PUT", "/api/identity/schools/" + desk.schoolId() + "/access-desk", desk.admin(), own, Map.of());
		assertThat(pdfText(getPdf(desk.admin(), path, "ru").body()).replaceAll("\\s+", " "))
			.contains("согласно приказу № 45 от 01.09.2026")
			.doesNotContain("Прошу предоставить мне доступ");

		String teacher = created(api().post("/api/identity/schools/" + desk.schoolId() + "/staff", desk.admin(),
				Map.of("lastName", "Орлова", "firstName", "Ольга", "roles", List.of("teacher"))));
		String login = issueAccount(desk, teacher, "Teacher-pass-12");
		assertThat(getPdf(login(login, "Teacher-pass-12"), path, "ru").statusCode()).as("the school's teacher is the school's own")
			.isEqualTo(200);
		assertThat(pdfText(getPdf(desk.admin(), path, "en").body())).contains("Application for access to the electronic diary");
	}

	@Test
	void nobodyOutsideTheSchoolsStaffPrintsTheForm() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа бланков");
		Desk other = newSchool(region, "Соседняя школа");
		String guardian = guardian(desk);
		String path = "/api/identity/persons/" + guardian + "/application-form";

		HttpResponse<byte[]> foreign = getPdf(other.admin(), path, "ru");
		assertThat(foreign.statusCode()).as("another school does not learn the person exists").isEqualTo(404);
		assertThat(foreign.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).contains("Человек не найден");

		String holder = issueAccount(desk, guardian, "Mother-pass-12");
		HttpResponse<byte[]> self = getPdf(login(holder, "Mother-pass-12"), path, "ru");
		assertThat(self.statusCode()).isEqualTo(403);
		assertThat(new String(self.body(), StandardCharsets.UTF_8)).contains("Бланк заявления печатают только сотрудники школы");

		HttpResponse<byte[]> staff = getPdf(desk.admin(), "/api/identity/persons/" + desk.adminId() + "/application-form", "ru");
		assertThat(staff.statusCode()).isEqualTo(422);
		assertThat(new String(staff.body(), StandardCharsets.UTF_8)).contains("только родители (законные представители) и обучающиеся");

		assertThat(getPdf(region, path, "ru").statusCode()).as("an operator of the school's region").isEqualTo(200);
	}

	private HttpResponse<byte[]> getPdf(String token, String path, String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/pdf, application/problem+json")
			.header("Accept-Language", language)
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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
