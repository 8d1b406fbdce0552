package org.ejd.identity.desk;

import static org.ejd.identity.letters.Letters.paragraph;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.ejd.identity.letters.Letters;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The A4 poster for the school's stand and site (A9): the public information in the house style of the
 * letters (embedded Liberation fonts), with the deadline as a rule rather than a date so that it does
 * not go stale on the wall.
 */
@Component
class AccessPoster {

	private final MessageSource messages;

	AccessPoster(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(AccessInformation.Info info, Locale locale) {
		Letters.Fonts fonts = Letters.Fonts.load();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle(info.title());
			document.addCreator("eJD identity-service");
			document.open();
			document.add(paragraph(info.schoolName(), fonts.bold(), Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph(info.title(), fonts.title(), Element.ALIGN_CENTER, 0, 20));
			int number = 1;
			for (String step : info.steps()) {
				document.add(paragraph(number++ + ". " + step, fonts.regular(), Element.ALIGN_LEFT, 0, 8));
			}
			document.add(paragraph(info.deadlineRule(), fonts.bold(), Element.ALIGN_LEFT, 10, 18));
			document.add(desk(info, fonts, locale));
			document.add(paragraph(text("identity.access-info.poster.footer", locale), fonts.small(), Element.ALIGN_LEFT, 24, 0));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the access poster", ex);
		}
		return pdf.toByteArray();
	}

	private PdfPTable desk(AccessInformation.Info info, Letters.Fonts fonts, Locale locale) {
		PdfPTable table = new PdfPTable(1);
		table.setWidthPercentage(100);
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.BOX);
		cell.setPadding(10);
		cell.addElement(paragraph(text("identity.access-info.poster.desk", locale), fonts.bold(), Element.ALIGN_LEFT, 0, 6));
		AccessInformation.Desk desk = info.desk();
		if (desk == null) {
			cell.addElement(paragraph(String.valueOf(info.deskNote()), fonts.regular(), Element.ALIGN_LEFT, 0, 0));
		}
		else {
			cell.addElement(line(text("identity.access-info.poster.hours", locale), desk.hours(), fonts));
			if (desk.place() != null) {
				cell.addElement(line(text("identity.access-info.poster.place", locale), desk.place(), fonts));
			}
			if (desk.phone() != null) {
				cell.addElement(line(text("identity.access-info.poster.phone", locale), desk.phone(), fonts));
			}
			if (desk.email() != null) {
				cell.addElement(line(text("identity.access-info.poster.email", locale), desk.email(), fonts));
			}
		}
		table.addCell(cell);
		return table;
	}

	private static org.openpdf.text.Paragraph line(String label, String value, Letters.Fonts fonts) {
		return paragraph(label + ": " + value, fonts.regular(), Element.ALIGN_LEFT, 0, 4);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
