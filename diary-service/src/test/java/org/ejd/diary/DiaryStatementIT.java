package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.AuthorizationMatrix;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** D11 statements, the family's export (152-FZ art. 14) and the school admin's read register. */
class DiaryStatementIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final UUID period = UUID.randomUUID();

	final LocalDate lastMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

	@Test
	void theMotherGetsLastWeeksStatementAsJsonAndAsARussianPdfWithEmbeddedFonts() throws Exception {
		family();
		String guardianToken = token("guardian", guardian, school);
		Response statement = Eventually.until(() -> api().get("/api/diary/students/" + student + "/statement", guardianToken),
				r -> r.status() == 200 && r.json().get("subjects").size() == 2 && r.json().get("attendance").get("lates").asInt() == 1
						&& r.json().get("periodMarks").size() == 1 && r.json().get("schoolName") != null
						&& !r.json().get("schoolName").isNull(),
				Duration.ofSeconds(30));
		JsonNode json = statement.json();
		assertThat(json.get("from").asString()).as("the last full week, Monday to Sunday").isEqualTo(lastMonday.toString());
		assertThat(json.get("to").asString()).isEqualTo(lastMonday.plusDays(6).toString());
		assertThat(json.get("studentName").asString()).isEqualTo("Иванов Пётр");
		assertThat(json.get("attendance").get("absences").asInt()).isEqualTo(1);
		assertThat(json.get("subjects").get(0).get("subjectName").asString()).isEqualTo("Математика");
		assertThat(json.get("subjects").get(0).get("average").decimalValue()).isEqualByComparingTo("5");

		HttpResponse<byte[]> pdf = pdf("/api/diary/students/" + student + "/statement", guardianToken);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
		String text = textOf(pdf.body());
		assertThat(text).contains("МБОУ «Школа № 5»", "Выписка из электронного дневника", "Иванов Пётр", "Математика",
				"Русский язык", "5 (" + StatementDates.dayMonth(lastMonday.plusDays(1)) + ")",
				"с " + StatementDates.full(lastMonday) + " по " + StatementDates.full(lastMonday.plusDays(6)),
				"опозданий: 1", "1 четверть", "Ответственное лицо школы");

		Response span = api().get("/api/diary/students/" + student + "/statement?from=" + lastMonday + "&to="
				+ lastMonday.plusDays(1), guardianToken);
		assertThat(span.json().get("subjects").size()).as("only the marks of the span").isEqualTo(1);
		Response byPeriod = api().get("/api/diary/students/" + student + "/statement?periodId=" + period, guardianToken);
		assertThat(byPeriod.json().get("from").asString()).as("a whole period").isEqualTo(lastMonday.minusDays(30).toString());
		assertThat(api().get("/api/diary/students/" + student + "/statement?from=2020-01-01&to=2026-12-31", guardianToken).status())
			.as("a span over the cap").isEqualTo(400);
		assertThat(api().get("/api/diary/students/" + student + "/statement", token("guardian", UUID.randomUUID(), school)).status())
			.isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/statement", token("teacher", UUID.randomUUID(), school)).status())
			.isEqualTo(404);
	}

	@Test
	void theMotherExportsEverythingTheDiaryHoldsWithWhoReadItAndAMinorStudentMayNot() throws Exception {
		family();
		String guardianToken = token("guardian", guardian, school);
		Eventually.until(() -> api().get("/api/diary/students/" + student + "/marks?from=" + lastMonday, guardianToken),
				r -> r.status() == 200 && r.json().size() == 2, Duration.ofSeconds(30));
		api().get("/api/diary/students/" + student + "/statement", token("student", student, school));
		send("consent.records.v1", guardian.toString(), Envelopes.envelope("/ejd/consent-service", "consent.delivery-form.changed",
				guardian.toString(), school, 1, Map.of("personId", guardian, "form", "paper", "weeklyPrintedStatement", true,
						"electronicDeliveryAllowed", false, "channel", "portal", "registeredBy", guardian,
						"changedAt", Instant.now().toString())));

		Response export = Eventually.until(() -> api().get("/api/diary/students/" + student + "/export", guardianToken),
				r -> r.status() == 200 && r.json().get("grades").size() == 1 && r.json().get("attendance").size() == 2
						&& r.json().get("deliveryForms").size() == 1,
				Duration.ofSeconds(30));
		JsonNode json = export.json();
		assertThat(json.get("student").get("lastName").asString()).isEqualTo("Иванов");
		assertThat(json.get("marks").size()).isEqualTo(2);
		assertThat(json.get("representations").get(0).get("guardianId").asString()).isEqualTo(guardian.toString());
		assertThat(json.get("recipients").toString()).as("which clients and roles read the data")
			.contains("guardian", "student", "marks", "statement");
		assertThat(json.get("yourReads").toString()).contains("marks").doesNotContain("\"statement\"");
		assertThat(json.get("deliveryForms").get(0).get("form").asString()).as("the caller's own delivery form").isEqualTo("paper");

		HttpResponse<byte[]> pdf = pdf("/api/diary/students/" + student + "/export", guardianToken);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(textOf(pdf.body())).contains("Иванов Пётр", "152-ФЗ", "Кто получал доступ к данным", "текущие отметки: 2");

		Response minor = api().get("/api/diary/students/" + student + "/export", token("student", student, school));
		assertThat(minor.status()).as("born 2014: the export is the guardian's").isEqualTo(403);
		assertThat(minor.body()).contains("с 18 лет");
		assertThat(api().get("/api/diary/students/" + student + "/export", token("guardian", UUID.randomUUID(), school)).status())
			.isEqualTo(404);
	}

	@Test
	void theSchoolAdminAndTheRegionOperatorListWhoReadAStudentsDataAsJsonAndAsDefusedCsvPageByPage() {
		family();
		String guardianToken = token("guardian", guardian, school);
		Eventually.until(() -> api().get("/api/diary/students/" + student + "/marks", guardianToken), r -> r.status() == 200,
				Duration.ofSeconds(30));
		api().get("/api/diary/students/" + student + "/statement", guardianToken);
		api().get("/api/diary/students/" + student + "/school-rules", guardianToken);
		String admin = token("school-admin", UUID.randomUUID(), school);

		Response first = api().get("/api/diary/schools/" + school + "/reads?studentId=" + student + "&limit=2", admin);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("items").size()).isEqualTo(2);
		assertThat(first.json().get("items").get(0).get("reader").asString()).isEqualTo(guardian.toString());
		assertThat(first.json().get("items").get(0).get("roles").asString()).contains("guardian");
		String cursor = first.json().get("nextCursor").asString();
		Response second = api().get("/api/diary/schools/" + school + "/reads?studentId=" + student + "&limit=2&cursor=" + cursor, admin);
		assertThat(second.json().get("items").get(0).get("what").asString()).isEqualTo("school-rules");
		assertThat(second.json().get("nextCursor").isNull()).isTrue();

		Response csv = api().send("GET", "/api/diary/schools/" + school + "/reads?studentId=" + student, admin, null,
				Map.of("Accept", "text/csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("\"read_at\",\"reader\"", "\"" + guardian + "\"", "\"marks\"");

		Response region = api().get("/api/diary/schools/" + school + "/reads?studentId=" + student,
				AuthorizationMatrix.regionOperator("51"));
		assertThat(region.status()).as("the region operator of the school's region").isEqualTo(200);
		assertThat(region.json().get("items").size()).isGreaterThanOrEqualTo(3);
		assertThat(api().get("/api/diary/schools/" + school + "/reads?studentId=" + student, AuthorizationMatrix.regionOperator("77"))
			.status()).as("another region's operator").isEqualTo(404);
		LimitRule.assertRefusedBeyond(api(), "/api/diary/schools/" + school + "/reads?studentId=" + student, admin, 200);
		assertThat(api().get("/api/diary/schools/" + school + "/reads?studentId=" + student, token("school-admin", UUID.randomUUID(),
				UUID.randomUUID())).status()).as("another school's admin").isEqualTo(404);
		assertThat(api().get("/api/diary/schools/" + school + "/reads?studentId=" + student, token("teacher", UUID.randomUUID(), school))
			.status()).isEqualTo(404);
		assertThat(api().get("/api/diary/schools/" + school + "/reads?studentId=" + student, guardianToken).status()).isEqualTo(404);
	}

	private void family() {
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МБОУ «Школа № 5»", "regionCode", "51",
						"municipality", "ЗАТО г. Североморск", "timeZone", "Europe/Moscow")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		send("journal.periods.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.period.defined",
				period.toString(), school, 1, Map.of("periodId", period, "schoolId", school, "academicYear", "2026/2027",
						"name", "2 четверть", "kind", "quarter", "startDate", lastMonday.minusDays(30).toString(),
						"endDate", lastMonday.plusDays(40).toString(), "closed", false)));
		mark("5", "Математика", lastMonday.plusDays(1));
		mark("4", "Русский язык", lastMonday.plusDays(2));
		attendance("ill", lastMonday.plusDays(1), null);
		attendance("late", lastMonday.plusDays(2), 10);
		UUID grade = UUID.randomUUID();
		Map<String, Object> gradeData = new HashMap<>(Map.of("gradeId", grade, "studentId", student, "schoolId", school,
				"classGroupId", UUID.randomUUID(), "subjectId", UUID.randomUUID(), "subjectName", "Математика",
				"periodId", UUID.randomUUID(), "periodName", "1 четверть", "academicYear", "2026/2027", "kind", "period"));
		gradeData.putAll(Map.of("value", "5", "numericValue", 5, "recordedAt", Instant.now().toString(), "onTime", true));
		send("journal.periods.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.grade.recorded",
				grade.toString(), school, 1, gradeData));
	}

	private void mark(String value, String subject, LocalDate day) {
		UUID id = UUID.randomUUID();
		Map<String, Object> data = markData(id, student, school, value);
		data.put("subjectName", subject);
		data.put("workDate", day.toString());
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", id.toString(),
				school, 1, data));
	}

	private void attendance(String status, LocalDate day, Integer minutesLate) {
		UUID lesson = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(Map.of("lessonId", lesson, "studentId", student, "schoolId", school,
				"classGroupId", UUID.randomUUID(), "subjectId", UUID.randomUUID(), "subjectName", "Математика", "date", day.toString(),
				"periodNo", 2, "status", status, "recordedAt", Instant.now().toString()));
		data.put("onTime", true);
		if (minutesLate != null) {
			data.put("minutesLate", minutesLate);
		}
		send("journal.attendance.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.attendance.recorded",
				lesson + ":" + student, school, 1, data));
	}

	HttpResponse<byte[]> pdf(String path, String token) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
				.header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	static String textOf(byte[] bytes) throws Exception {
		List<PDFont> fonts = new ArrayList<>();
		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(pdf);
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			assertThat(font.getName()).contains("Liberation");
		});
		return text;
	}

	/** The dates as the statement prints them. */
	static final class StatementDates {

		static String full(LocalDate day) {
			return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
		}

		static String dayMonth(LocalDate day) {
			return full(day).substring(0, 5);
		}
	}
}
