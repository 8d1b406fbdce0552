package org.ejd.identity.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;

/**
 * Layout pieces of the letters a school prints for a holder (access code, temporary password):
 * the Liberation fonts, embedded with Identity-H so that Cyrillic prints the same everywhere.
 */
public final class Letters {

	private Letters() {
	}

	/** A font of openpdf-fonts-extra; per letter (cheap, and not shared across threads). */
	public static Font font(String file, float size) {
		try {
			return new Font(BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), size, Font.NORMAL);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("font " + file + " missing (openpdf-fonts-extra)", ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("font " + file + " unusable", ex);
		}
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
}
