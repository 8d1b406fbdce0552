package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

/**
 * RFC 8058: the List-Unsubscribe link of a mail works without login. GET shows what it unsubscribes
 * from; POST with List-Unsubscribe=One-Click turns that kind off on that channel for that person,
 * here at once and at consent-service (the owner of preferences) by event. A forged token is a 4xx problem.
 */
class UnsubscribeIT extends NotificationIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void oneClickTurnsOffThatKindByEmailForThatPersonAndTellsConsent() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		markPosted(UUID.randomUUID(), family.student(), school, "5");
		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		String token = token(mail);

		HttpResponse<String> page = send("GET", token, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("отметки по электронной почте", "name=\"List-Unsubscribe\" value=\"One-Click\"");
		assertThat(jdbc.sql("select channels from preference_kind where person_id = ? and kind = 'marks'").param(family.guardian())
			.query(String.class).single()).as("a GET (a mail scanner following links) changes nothing").isEqualTo("app,email");

		HttpResponse<String> done = send("POST", token, "List-Unsubscribe=One-Click");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("Вы отписались");
		assertThat(jdbc.sql("select channels from preference_kind where person_id = ? and kind = 'marks'").param(family.guardian())
			.query(String.class).single()).isEqualTo("app");
		assertThat(jdbc.sql("select channels from preference_kind where person_id = ? and kind = 'attendance'").param(family.guardian())
			.query(String.class).single()).as("other kinds stay").isEqualTo("app,email");
		String event = EventProbe.await("notification.preferences.v1", r -> r.key().equals(family.guardian().toString()),
				Duration.ofSeconds(30)).value();
		assertThat(event).contains("\"type\":\"notification.unsubscribed\"", "\"kind\":\"marks\"", "\"channel\":\"email\"",
				family.student().toString());

		markPosted(UUID.randomUUID(), family.student(), school, "4");
		messagesOf(family.guardian(), 3);
		Thread.sleep(1_000);
		assertThat(mailsTo(family.email())).as("no more marks by email; the app still has them").hasSize(1);
	}

	@Test
	void aForgedOrAlteredTokenOrAPostWithoutOneClickIsRefusedAndChangesNothing() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		markPosted(UUID.randomUUID(), family.student(), school, "3");
		String token = token(mailTo(family.email(), 1).getFirst());
		String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
		String otherMessage = "AAAAAAAAAAAAAAAAAAAAAA" + token.substring(token.indexOf('.'));

		for (String bad : new String[] { altered, otherMessage, "not-a-token", "", "x".repeat(101) }) {
			HttpResponse<String> refused = send("POST", bad, "List-Unsubscribe=One-Click");
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		}
		HttpResponse<String> forged = send("GET", altered, null);
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("Ссылка для отписки недействительна");
		HttpResponse<String> noOneClick = send("POST", token, "List-Unsubscribe=Maybe");
		assertThat(noOneClick.statusCode()).isEqualTo(400);
		assertThat(noOneClick.body()).contains("List-Unsubscribe=One-Click");
		assertThat(jdbc.sql("select channels from preference_kind where person_id = ? and kind = 'marks'").param(family.guardian())
			.query(String.class).single()).isEqualTo("app,email");
	}

	/** The token of the mail's List-Unsubscribe URL. */
	private static String token(MimeMessage mail) throws Exception {
		String header = mail.getHeader("List-Unsubscribe")[0];
		return header.substring(header.indexOf("?token=") + 7, header.length() - 1);
	}

	private HttpResponse<String> send(String method, String token, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notifications/unsubscribe?token="
				+ java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)));
		if ("POST".equals(method)) {
			request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
