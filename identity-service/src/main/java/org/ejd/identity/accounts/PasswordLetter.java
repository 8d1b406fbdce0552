package org.ejd.identity.accounts;

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
 * The printable letter with a login and a temporary password (A3), for a holder who forgot the
 * password: made only in the answer that sets it, never stored, like the access-code letter.
 */
@Component
class PasswordLetter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	byte[] render(AccountLifecycle.PasswordReset reset) {
		AccountLifecycle.PasswordReset.Holder holder = reset.holder();
		Font regular = font("liberation/LiberationSans-Regular.ttf", 11);
		Font bold = font("liberation/LiberationSans-Bold.ttf", 11);
		Font title = font("liberation/LiberationSans-Bold.ttf", 15);
		Font secret = font("liberation/LiberationMono-Bold.ttf", 18);

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle("Временный пароль к электронному дневнику");
			document.addCreator("eJD identity-service");
			document.open();
			document.add(paragraph(holder.schoolName(), bold, Element.ALIGN_LEFT, 0, 24));
			document.add(paragraph("Временный пароль к электронному дневнику", title, Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph("Кому: " + fullName(holder.lastName(), holder.firstName(), holder.middleName()), regular,
					Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("Дата выдачи: " + DATE.format(holder.issuedOn()), regular, Element.ALIGN_LEFT, 0, 18));
			document.add(paragraph("Логин:", regular, Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph(reset.username(), secret, Element.ALIGN_CENTER, 0, 10));
			document.add(paragraph("Временный пароль:", regular, Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph(reset.temporaryPassword(), secret, Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph("1. Войдите в электронный дневник с этим логином и временным паролем.", regular,
					Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("2. Дневник сразу попросит придумать новый пароль: не короче 8 знаков и не совпадающий с логином.",
					regular, Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("3. После этого временный пароль больше не действует; входите с новым.", regular,
					Element.ALIGN_LEFT, 0, 14));
			document.add(paragraph("Прежний пароль уже не действует. Не сообщайте пароль другим людям: сотрудники школы его "
					+ "никогда не спрашивают.", regular, Element.ALIGN_LEFT, 0, 30));
			document.add(paragraph("Ответственное лицо школы: ______________________ / ______________________ /", regular,
					Element.ALIGN_LEFT, 0, 0));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the password letter", ex);
		}
		return pdf.toByteArray();
	}
}
