package org.ejd.identity.contacts;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ejd.contracts.identity.SecretMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages that carry a secret to its holder (texts in {@code identity-service-messages*.properties},
 * Russian; identity does not know a holder's language). An SMS gets the text without a subject.
 */
@Component
public class SecretTexts {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final MessageSource messages;

	SecretTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The access code for an applicant, with where to redeem it and until when (school's wall clock). */
	public SecretMessage accessCode(Delivery to, String code, LocalDateTime expiresLocal, String activationAddress) {
		return message(to, "identity.send.code", code, WHEN.format(expiresLocal), activationAddress);
	}

	/** A temporary password with the login it opens; the holder replaces it at the next sign-in. */
	public SecretMessage temporaryPassword(Delivery to, String username, String password) {
		return message(to, "identity.send.password", username, password);
	}

	private SecretMessage message(Delivery to, String key, Object... arguments) {
		String text = messages.getMessage(key + ("sms".equals(to.channel()) ? ".sms" : ".text"), arguments, RUSSIAN);
		String subject = "email".equals(to.channel()) ? messages.getMessage(key + ".subject", null, RUSSIAN) : null;
		return new SecretMessage("ru", subject, text);
	}
}
