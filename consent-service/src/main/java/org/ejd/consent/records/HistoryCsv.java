package org.ejd.consent.records;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ejd.consent.records.domain.ConsentRecord;
import org.ejd.platform.web.Csv;
import org.springframework.context.MessageSource;

/**
 * The consent history as RFC 4180 CSV for auditors: a header and values in the reader's language
 * (Russian first), times in the region's zone, ids as they are (names live in identity-service).
 * Starts with a UTF-8 byte order mark so that spreadsheet programs read Cyrillic right.
 */
final class HistoryCsv {

	private static final String BOM = "\uFEFF";

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	HistoryCsv(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
	}

	String write(List<ConsentRecord> records) {
		StringBuilder csv = new StringBuilder(BOM).append(text("consent.csv.header")).append("\r\n");
		for (ConsentRecord r : records) {
			csv.append(String.join(",", cell(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.recordedAt().atZone(zone))),
					cell(r.personId().toString()), cell(text("consent.csv.role." + r.personKind().wire())),
					cell(text("consent.csv.decision." + r.decision().wire())), cell(r.textVersion()), cell(r.givenBy().toString()),
					cell(text("consent.csv.channel." + r.channel().wire())), cell(r.registeredBy().toString()),
					cell(r.id().toString()), cell(Long.toString(r.version()))))
				.append("\r\n");
		}
		return csv.toString();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale);
	}

	/** Quotes what needs quoting, and defuses a leading formula character (CSV injection). */
	static String cell(String value) {
		return Csv.cell(value, ',');
	}
}
