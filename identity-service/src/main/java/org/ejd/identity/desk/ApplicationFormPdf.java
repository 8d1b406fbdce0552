package org.ejd.identity.desk;

import static org.ejd.identity.letters.Letters.paragraph;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ejd.identity.letters.Letters;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printed application for access (A10) in the house style of the letters: to whom and from whom, the
 * school's own wording (else the default), the represented students, the choice of how the code is handed
 * over, and the lines the applicant fills in and signs.
 */
@Component
class ApplicationFormPdf {

	private final MessageSource messages;

	ApplicationFormPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Applicants.Applicant applicant, List<Applicants.Child> children, @Nullable String schoolText, LocalDate today,
			Locale locale) {
		Letters.Fonts fonts = Letters.Fonts.load();
		String title = text("identity.form.title", locale);
		String name = Letters.fullName(applicant.lastName(), applicant.firstName(), applicant.middleName());
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle(title);
			document.addCreator("eJD identity-service");
			document.open();
			document.add(paragraph(text("identity.form.to", locale, applicant.schoolName()), fonts.regular(), Element.ALIGN_RIGHT, 0, 4));
			document.add(paragraph(text("identity.form.from", locale, name), fonts.regular(), Element.ALIGN_RIGHT, 0, 4));
			if (applicant.birthDate() != null) {
				document.add(paragraph(text("identity.form.born", locale, Letters.DATE.format(applicant.birthDate())), fonts.regular(),
						Element.ALIGN_RIGHT, 0, 24));
			}
			document.add(paragraph(title, fonts.title(), Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph(schoolText != null ? schoolText : text("identity.form.default-text", locale), fonts.regular(),
					Element.ALIGN_JUSTIFIED, 0, 10));
			if ("GUARDIAN".equals(applicant.kind())) {
				document.add(paragraph(text("identity.form.children", locale), fonts.regular(), Element.ALIGN_LEFT, 0, 4));
				if (children.isEmpty()) {
					document.add(paragraph("________________________________________________________________", fonts.regular(),
							Element.ALIGN_LEFT, 0, 4));
				}
				for (Applicants.Child child : children) {
					String born = child.birthDate() == null ? "" : ", " + text("identity.form.born", locale, Letters.DATE.format(child.birthDate()));
					document.add(paragraph("— " + Letters.fullName(child.lastName(), child.firstName(), child.middleName()) + born + ", "
							+ child.schoolName(), fonts.regular(), Element.ALIGN_LEFT, 0, 4));
				}
			}
			document.add(paragraph(text("identity.form.delivery", locale), fonts.regular(), Element.ALIGN_LEFT, 12, 4));
			document.add(paragraph("[   ] " + text("identity.form.delivery.letter", locale), fonts.regular(), Element.ALIGN_LEFT, 0, 2));
			document.add(paragraph("[   ] " + text("identity.form.delivery.sent", locale), fonts.regular(), Element.ALIGN_LEFT, 0, 12));
			document.add(paragraph(text("identity.form.document", locale), fonts.regular(), Element.ALIGN_LEFT, 0, 12));
			document.add(paragraph(text("identity.form.portal", locale), fonts.small(), Element.ALIGN_LEFT, 0, 24));
			document.add(paragraph(text("identity.form.signature", locale, Letters.DATE.format(today), name), fonts.regular(),
					Element.ALIGN_LEFT, 0, 30));
			document.add(paragraph(text("identity.form.registered", locale), fonts.regular(), Element.ALIGN_LEFT, 0, 0));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the application form", ex);
		}
		return pdf.toByteArray();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
