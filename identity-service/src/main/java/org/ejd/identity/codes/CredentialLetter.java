package org.ejd.identity.codes;

import static org.ejd.identity.letters.Letters.paragraph;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ejd.identity.letters.Letters;
import org.openpdf.text.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable letter a school hands to the holder of an access code (A3), Russian. It can be made
 * only when the code is issued, the one moment the code exists in clear; it is never stored.
 */
@Component
class CredentialLetter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final MessageSource messages;

	CredentialLetter(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(CodeIssuing.Issued code) {
		return Letters.write("Персональный код доступа к электронному дневнику", code.schoolName(), code.lastName(),
				code.firstName(), code.middleName(), code.issuedOn(), (document, fonts) -> {
					document.add(paragraph("Ваш персональный код доступа:", fonts.regular(), Element.ALIGN_LEFT, 0, 8));
					document.add(paragraph(code.code(), fonts.secret(20), Element.ALIGN_CENTER, 4, 8));
					document.add(paragraph("Код действует до " + DATE_TIME.format(code.expiresLocal()) + " (по времени школы).",
							fonts.bold(), Element.ALIGN_CENTER, 0, 18));
					document.add(paragraph("Как получить доступ", fonts.bold(), Element.ALIGN_LEFT, 0, 6));
					document.add(paragraph("1. Откройте страницу активации кода " + code.activationAddress() + ".", fonts.regular(),
							Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph("2. Введите код. Заглавные или строчные буквы, пробелы и дефисы значения не имеют.",
							fonts.regular(), Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph("3. Придумайте логин (строчные латинские буквы, цифры, точка, дефис или подчёркивание; "
							+ "от 3 до 64 знаков) и пароль (не короче 12 знаков: заглавные и строчные буквы, цифра и спецсимвол, например дефис; не совпадающий с логином).", fonts.regular(),
							Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph("4. Входите в электронный дневник с выбранными логином и паролем.", fonts.regular(),
							Element.ALIGN_LEFT, 0, 14));
					// seed 002: the state portal opens the diary only for a confirmed portal account
					document.add(paragraph(messages.getMessage("identity.letter.portal.title", null, RUSSIAN), fonts.bold(),
							Element.ALIGN_LEFT, 0, 6));
					document.add(paragraph(messages.getMessage("identity.letter.portal.text", null, RUSSIAN), fonts.regular(),
							Element.ALIGN_LEFT, 0, 14));
					document.add(paragraph("Код одноразовый. После " + code.maxAttempts() + " неверных попыток ввода он блокируется; "
							+ "тогда, как и по истечении срока, обратитесь в школу за новым кодом. Не сообщайте код другим людям: "
							+ "сотрудники школы его никогда не спрашивают.", fonts.regular(), Element.ALIGN_LEFT, 0, 30));
				}, "Заявление " + code.applicationId() + ", код " + code.id());
	}
}
