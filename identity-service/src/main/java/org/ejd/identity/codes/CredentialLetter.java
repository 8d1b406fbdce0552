package org.ejd.identity.codes;

import static org.ejd.identity.letters.Letters.font;
import static org.ejd.identity.letters.Letters.fullName;
import static org.ejd.identity.letters.Letters.paragraph;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The printable letter a school hands to the holder of an access code (A3): Russian text in the
 * Liberation fonts, embedded so that it prints the same everywhere. It can be made only when the
 * code is issued, the one moment the code exists in clear; it is never stored.
 */
@Component
class CredentialLetter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	byte[] render(CodeIssuing.Issued code) {
		// bold comes from the bold files, not from a style
		Font regular = font("liberation/LiberationSans-Regular.ttf", 11);
		Font bold = font("liberation/LiberationSans-Bold.ttf", 11);
		Font title = font("liberation/LiberationSans-Bold.ttf", 15);
		Font codeFont = font("liberation/LiberationMono-Bold.ttf", 20);
		Font small = font("liberation/LiberationSans-Regular.ttf", 9);

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle("Персональный код доступа к электронному дневнику");
			document.addCreator("eJD identity-service");
			document.open();
			document.add(paragraph(code.schoolName(), bold, Element.ALIGN_LEFT, 0, 24));
			document.add(paragraph("Персональный код доступа к электронному дневнику", title, Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph("Кому: " + fullName(code.lastName(), code.firstName(), code.middleName()), regular, Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("Дата выдачи: " + DATE.format(code.issuedOn()), regular, Element.ALIGN_LEFT, 0, 18));
			document.add(paragraph("Ваш персональный код доступа:", regular, Element.ALIGN_LEFT, 0, 8));
			document.add(paragraph(code.code(), codeFont, Element.ALIGN_CENTER, 4, 8));
			document.add(paragraph("Код действует до " + DATE_TIME.format(code.expiresLocal()) + " (по времени школы).", bold,
					Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph("Как получить доступ", bold, Element.ALIGN_LEFT, 0, 6));
			document.add(paragraph("1. Откройте страницу активации кода " + code.activationAddress() + ".", regular, Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("2. Введите код. Заглавные или строчные буквы, пробелы и дефисы значения не имеют.", regular,
					Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("3. Придумайте логин (строчные латинские буквы, цифры, точка, дефис или подчёркивание; от 3 до 64 знаков) "
					+ "и пароль (не короче 8 знаков и не совпадающий с логином).", regular, Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("4. Входите в электронный дневник с выбранными логином и паролем.", regular, Element.ALIGN_LEFT, 0, 14));
			document.add(paragraph("Код одноразовый. После " + code.maxAttempts() + " неверных попыток ввода он блокируется; "
					+ "тогда, как и по истечении срока, обратитесь в школу за новым кодом. Не сообщайте код другим людям: "
					+ "сотрудники школы его никогда не спрашивают.", regular, Element.ALIGN_LEFT, 0, 30));
			document.add(paragraph("Ответственное лицо школы: ______________________ / ______________________ /", regular,
					Element.ALIGN_LEFT, 0, 24));
			document.add(paragraph("Заявление " + code.applicationId() + ", код " + code.id(), small, Element.ALIGN_LEFT, 0, 0));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the credential letter", ex);
		}
		return pdf.toByteArray();
	}
}
