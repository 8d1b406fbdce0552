package org.ejd.identity.letters;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.ejd.platform.pdf.PdfFonts;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The letters a school prints for a holder (access code, temporary password): one frame — the
 * issuer, the title, to whom and when, the body, the responsible person's signature line, a small
 * footer — in the Liberation fonts, embedded with Identity-H so that Cyrillic prints the same everywhere.
 */
public final class Letters {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private Letters() {
	}

	/** The fonts of one letter (made per letter: cheap, and not shared across threads). */
	public record Fonts(Font regular, Font bold, Font title, Font small) {

		public static Fonts load() {
			// bold comes from the bold files, not from a style
			return new Fonts(font("liberation/LiberationSans-Regular.ttf", 11), font("liberation/LiberationSans-Bold.ttf", 11),
					font("liberation/LiberationSans-Bold.ttf", 15), font("liberation/LiberationSans-Regular.ttf", 9));
		}

		/** The monospaced bold of secrets (a code, a password), easy to copy by hand. */
		public Font secret(float size) {
			return font("liberation/LiberationMono-Bold.ttf", size);
		}
	}

	/** What a letter says between its heading and the signature line. */
	@FunctionalInterface
	public interface Body {

		void write(Document document, Fonts fonts) throws DocumentException;
	}

	public static byte[] write(String title, String issuer, String lastName, String firstName, @Nullable String middleName,
			LocalDate issuedOn, Body body, @Nullable String footer) {
		Fonts fonts = Fonts.load();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle(title);
			document.addCreator("eJD identity-service");
			document.open();
			document.add(paragraph(issuer, fonts.bold(), Element.ALIGN_LEFT, 0, 24));
			document.add(paragraph(title, fonts.title(), Element.ALIGN_CENTER, 0, 18));
			document.add(paragraph("Кому: " + fullName(lastName, firstName, middleName), fonts.regular(), Element.ALIGN_LEFT, 0, 4));
			document.add(paragraph("Дата выдачи: " + DATE.format(issuedOn), fonts.regular(), Element.ALIGN_LEFT, 0, 18));
			body.write(document, fonts);
			document.add(paragraph("Ответственное лицо школы: ______________________ / ______________________ /", fonts.regular(),
					Element.ALIGN_LEFT, 0, 24));
			if (footer != null) {
				document.add(paragraph(footer, fonts.small(), Element.ALIGN_LEFT, 0, 0));
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the letter «" + title + "»", ex);
		}
		return pdf.toByteArray();
	}

	public static Paragraph paragraph(String text, Font font, int alignment, float before, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	/** «Фамилия Имя Отчество», without a missing part. */
	public static String fullName(String lastName, String firstName, @Nullable String middleName) {
		return Stream.of(lastName, firstName, middleName).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
	}

	/** An embedded Liberation font (platform PdfFonts). */
	private static Font font(String file, float size) {
		return PdfFonts.font(file, size);
	}
}
