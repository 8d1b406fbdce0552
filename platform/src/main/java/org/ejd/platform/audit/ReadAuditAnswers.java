package org.ejd.platform.audit;

import java.nio.charset.StandardCharsets;

import org.ejd.platform.web.Csv;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page of {@link ReadAuditLog.Reads} as every service answers it, JSON or CSV: the next page in {@code Link} (ADR
 * 0057) and, in JSON, in {@code nextCursor} too; in CSV every cell quoted and a leading {@code = + - @} defused.
 */
public final class ReadAuditAnswers {

	public static final String CSV_TYPE = "text/csv";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private ReadAuditAnswers() {
	}

	public static ResponseEntity<ReadAuditLog.Reads> json(ReadAuditLog.Reads page, int limit) {
		return Paging.answer(page, page.nextCursor(), limit);
	}

	public static ResponseEntity<String> csv(ReadAuditLog.Reads page, int limit) {
		StringBuilder out = new StringBuilder(Csv.BOM).append(row("read_at", "reader", "client_id", "roles", "what"));
		page.items().forEach(r -> out.append(row(r.readAt(), r.reader(), r.clientId(), r.roles(), r.what())));
		ResponseEntity<String> answer = Paging.answer(out.toString(), page.nextCursor(), limit);
		return ResponseEntity.ok().headers(answer.getHeaders()).contentType(CSV).body(answer.getBody());
	}

	private static String row(@Nullable Object... cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			String cell = Csv.cell(cells[i], ',');
			line.append(i > 0 ? "," : "").append(cell.startsWith("\"") ? cell : "\"" + cell + "\"");
		}
		return line.append("\r\n").toString();
	}
}
