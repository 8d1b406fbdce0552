package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** 152-FZ: a SNILS reaches the registry, never a log line, on the happy paths and on every refusal. */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNotLoggedIT extends IdentityIT {

	@Test
	void noSnilsAppearsInTheLogsOfRegistrationsImportsLinksAndTheirRefusals(CapturedOutput output) {
		Desk desk = newSchool(regionOperatorToken(), "Школа без следов");
		String registered = randomSnils();
		guardianWithSnils(desk, "Смирнова", "Ольга", registered);
		Response twice = api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(),
				Map.of("lastName", "Смирнова", "firstName", "Ольга", "snils", registered));
		assertThat(twice.status()).isEqualTo(409);
		String malformed = "112-233-445 96";
		assertThat(api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(),
				Map.of("lastName", "Орлова", "firstName", "Нина", "snils", malformed)).status()).isEqualTo(400);
		String imported = randomSnils();
		String csv = "Тип;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Ключ;Ребёнок;Основание\n"
				+ "родитель;Котова;Вера;;;" + imported + ";g1;nobody;\n";
		assertThat(api().send("POST", "/api/identity/schools/" + desk.schoolId() + "/imports", desk.admin(), csv,
				Map.of("Content-Type", "text/csv; charset=utf-8")).status()).isEqualTo(422);
		String unknown = randomSnils();
		assertThat(api().post("/api/identity/portal-links", portalToken(), signed(Map.of("portalUserId", java.util.UUID.randomUUID(),
				"portalUsername", "nobody", "accountConfirmed", true, "snils", unknown))).status()).isBetween(400, 499);

		for (String snils : new String[] { registered, malformed, imported, unknown }) {
			String digits = snils.replaceAll("\\D", "");
			assertThat(output.getAll()).as("SNILS %s in the logs", snils)
				.doesNotContain(digits)
				.doesNotContain(digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9));
		}
	}
}
