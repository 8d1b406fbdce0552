package org.ejd.diary.week;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.diary.marks.ContentTags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.ObjectMapper;

/**
 * A week answered over HTTP, to a family and to a regional portal alike: from memory while its stamp is unchanged
 * (ADR 0081), with the ETag of its bytes, and 304 to an {@code If-None-Match} that names it
 * among others or weakly. The caller has checked the
 * reader and read the stamp ({@link #STAMP}) in the same statement, before any of the week's data.
 */
@Component
public class WeekAnswers {

	/** The SQL a reader's check selects over {@code :student} to get the week's stamp ({@link KeptWeeks#STAMP}). */
	public static final String STAMP = KeptWeeks.STAMP;

	private final DiaryWeek weeks;

	private final ObjectMapper json;

	private final KeptWeeks kept;

	WeekAnswers(DiaryWeek weeks, ObjectMapper json, KeptWeeks kept) {
		this.weeks = weeks;
		this.json = json;
		this.kept = kept;
	}

	/**
	 * The week of {@code monday} as the student's school sees it {@code today}; {@code stamp} is what the reader's check
	 * selected with {@link #STAMP} (null: nothing stamped yet, then the week is assembled and not kept).
	 */
	public ResponseEntity<byte[]> answer(UUID studentId, LocalDate monday, LocalDate today, @Nullable String stamp,
			WebRequest request) {
		KeptWeeks.Kept week = kept.get(studentId, monday, today, stamp, () -> {
			// serialized once: the bytes sent are the bytes the ETag hashes
			byte[] body = json.writeValueAsBytes(weeks.of(studentId, monday, today));
			return new KeptWeeks.Kept(body, ContentTags.tag(body), "");
		});
		String etag = week.etag();
		// Spring's check, as ContentTags': a list of tags, weak tags and * in If-None-Match
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).contentType(MediaType.APPLICATION_JSON).body(week.body());
	}
}
