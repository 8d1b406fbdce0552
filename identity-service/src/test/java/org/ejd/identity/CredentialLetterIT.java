package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

/** A3: the printable letter with the access code, made when the code is issued (the only time it exists in clear). */
class CredentialLetterIT extends IdentityIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSchoolPrintsARussianLetterWithTheCodeAndTheHolderRedeemsWhatItSays() throws Exception {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "МБОУ «Средняя общеобразовательная школа № 7»");
		String guardian = guardian(desk);
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian)));
		CLOCK.setTo("2026-11-20T07:00:00Z"); // 10:00 in Moscow

		HttpResponse<byte[]> letter = issueAsPdf(desk.admin(), application);
		assertThat(letter.statusCode()).isEqualTo(201);
		assertThat(letter.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		assertThat(letter.headers().firstValue("content-disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment", ".pdf"));
		assertThat(letter.headers().firstValue("cache-control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));

		String text;
		List<PDFont> fonts = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			text = new PDFTextStripper().getText(pdf);
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Персональный код доступа к электронному дневнику");
		}
		assertThat(text).contains("МБОУ «Средняя общеобразовательная школа № 7»", "Персональный код доступа к электронному дневнику",
				"Кому: Иванова Мария Сергеевна", "Дата выдачи: 20.11.2026", "Код действует до 20.12.2026 10:00",
				"После 5 неверных попыток", "обратитесь в школу за новым кодом");
		// seed 002: the portal opens the diary only for a confirmed portal account
		assertThat(text.replaceAll("\\s+", " ")).contains("Вход с портала госуслуг",
				"с портала государственных услуг можно только с подтверждённой учётной записью портала (ЕСИА)");
		assertThat(fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			assertThat(font.getName()).contains("Liberation");
		});

		Matcher printed = CODE.matcher(text);
		assertThat(printed.find()).as("the code is printed").isTrue();
		CLOCK.reset();
		String login = unique("printed");
		Response activated = api().send("POST", "/api/identity/activations", null,
				Map.of("code", printed.group(), "username", login, "password", "Printed-pass-1"),
				Map.of("X-Forwarded-For", AccessCodesIT.ip()));
		assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
		assertThat(login(login, "Printed-pass-1")).isNotBlank();

		tools.jackson.databind.JsonNode issuedEvent = event("identity.applications.v1", "identity.application.code-issued", guardian);
		assertThat(issuedEvent.get("data").get("deliveredTo").asString()).isEqualTo("letter");
		assertThat(issuedEvent.get("data").has("message")).as("a printed code is never sent").isFalse();
		assertThat(issuedEvent.toString()).doesNotContain(printed.group());
	}

	@Test
	void aRefusalAskedForAsPdfIsStillAProblem() throws Exception {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа писем");
		Desk other = newSchool(region, "Школа без писем");
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian(desk))));

		HttpResponse<byte[]> refused = issueAsPdf(other.admin(), application);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Заявление не найдено");
	}

	@Test
	void withoutAVerifiedContactTheSchoolIsToldToPrintAndNothingIsIssued() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа без контактов");
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian(desk))));
		Response json = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);
		assertThat(json.status()).isEqualTo(409);
		assertThat(json.isProblem()).isTrue();
		assertThat(json.json().get("detail").asString()).contains("нет подтверждённого", "распечатайте письмо");
		assertThat(api().get("/api/identity/applications/" + application, desk.admin()).json().get("status").asString())
			.isEqualTo("open");
	}

	private HttpResponse<byte[]> issueAsPdf(String token, String application) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/identity/applications/" + application + "/codes"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/pdf")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
