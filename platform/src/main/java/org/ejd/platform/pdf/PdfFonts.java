package org.ejd.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of every PDF eJD prints (letters, statements, exports): the Liberation fonts of
 * openpdf-fonts-extra, embedded with Identity-H so that Cyrillic prints the same everywhere (NOTICE:
 * SIL Open Font License). A service that prints depends on openpdf and openpdf-fonts-extra itself.
 */
public final class PdfFonts {

	public static final String SANS = "liberation/LiberationSans-Regular.ttf";

	public static final String SANS_BOLD = "liberation/LiberationSans-Bold.ttf";

	public static final String MONO_BOLD = "liberation/LiberationMono-Bold.ttf";

	private PdfFonts() {
	}

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
}
