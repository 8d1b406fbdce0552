package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** Consent-service's verification codes go at once to the very address being verified (C3). */
class VerificationCodesIT extends NotificationIT {

	@Test
	void aCodeIsMailedAtOnceToTheAddressBeingVerifiedWithoutUnsubscribeAndNothingIsKept() throws Exception {
		UUID person = UUID.randomUUID();
		String address = "mother" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		clock.setTo("2026-12-01T11:30:00Z"); // whatever the hour: a code is transactional

		publish("consent.preferences.v1", person, "/ejd/consent-service", "consent.contact.verification-requested", UUID.randomUUID(),
				person, null, 5, Map.of("contactId", UUID.randomUUID(), "personId", person, "channel", "email", "destination", address,
						"maskedDestination", "m***@example.org",
						"message", Map.of("language", "ru", "subject", "Подтверждение адреса для электронного дневника",
								"text", "Здравствуйте!\n\nВведите код подтверждения: 482913\n\nКод действует 15 мин."),
						"expiresAt", "2030-01-01T00:00:00Z", "requestedAt", "2026-11-30T10:00:00Z"));

		MimeMessage mail = mailTo(address, 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Подтверждение адреса для электронного дневника");
		assertThat((String) mail.getContent()).contains("Введите код подтверждения: 482913");
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();
		assertThat(jdbc.sql("select count(*) from message where recipient_id = ?").param(person).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from contact where person_id = ?").param(person).query(Integer.class).single()).isZero();
	}
}
