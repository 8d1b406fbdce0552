package org.ejd.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * Cells of the CSV files eJD hands out (reports, histories, summary sheets), written once: quoted
 * where the separator, a quote or a line break needs it, and defused where a spreadsheet would
 * take the text for a formula (a leading {@code = + - @}, tab or carriage return gets an
 * apostrophe: OWASP's advice against CSV injection, since names and comments come from people).
 */
public final class Csv {

	/** Excel reads UTF-8 (Cyrillic) only with a byte-order mark. */
	public static final String BOM = "\uFEFF";

	private Csv() {
	}

	public static String cell(@Nullable Object value, char separator) {
		String text = value == null ? "" : value.toString();
		String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/** One line: the cells joined by the separator, ended by CRLF (RFC 4180). */
	public static String row(char separator, @Nullable Object... cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(separator);
			}
			line.append(cell(cells[i], separator));
		}
		return line.append("\r\n").toString();
	}
}
