package org.ejd.oneroster.gradebook;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ejd.contracts.oneroster.ResultSubmitted;
import org.ejd.oneroster.access.Reach;
import org.ejd.oneroster.collections.Json;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A OneRoster client puts a result under its own sourcedId (ADR 0042): the score of a student of the class for a line
 * item. What the facade knows is checked here (the line item in the client's schools, the student in the class and a
 * teacher of it on the day, a score the journal can hold); the result then goes to the journal as
 * {@code oneroster.result.submitted}, in the same transaction as its row (outbox), and the journal posts it as the mark
 * of the class's teacher, or corrects the mark it became, by its own rules. Reads show it once the journal's
 * {@code journal.mark.posted} is back. A result another client put, or a teacher's own mark, is not the client's to
 * change (409).
 */
@Service
public class SubmittingResults {

	private static final int MAX_COMMENT = 1000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	SubmittingResults(JdbcClient jdbc, ApplicationEventPublisher events, SchoolTime time) {
		this.jdbc = jdbc;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public SettingLineItems.Put put(Reach reach, String sourcedId, ResultPut result) {
		String value = value(result);
		if (result.comment() != null && result.comment().length() > MAX_COMMENT) {
			throw Refusal.invalid("oneroster.result.comment-too-long", MAX_COMMENT);
		}
		LineItem item = jdbc.sql("select * from (" + GradebookResources.LINE_ITEMS.from() + """
				) r where r.sourced_id = ? and r.school_id = any(?::uuid[])""")
			.params(result.lineItemId(), reach.schoolArray()).query(LineItem.class).optional()
			.orElseThrow(() -> Refusal.invalid("oneroster.result.lineItem-unknown", result.lineItemId()));
		if (jdbc.sql("select count(*) from client_line_item where sourced_id = ? and deleted_at is not null")
			.param(item.sourcedId()).query(Integer.class).single() > 0) {
			throw Refusal.conflict("oneroster.lineItem.deleted", item.sourcedId());
		}
		UUID student = uuid(result.studentId())
			.filter(id -> enrolled(id, item))
			.orElseThrow(() -> Refusal.againstRule("oneroster.result.student-not-in-class", result.studentId()));
		if (!taught(item)) {
			throw Refusal.againstRule("oneroster.result.no-teacher");
		}
		Optional<Existing> existing = jdbc.sql("""
				select client_id, mark_id, line_item_id, student_id, version, deleted_at from client_result where sourced_id = ?
				for update""")
			.param(sourcedId).query(Existing.class).optional();
		Instant now = time.now();
		UUID markId;
		long version;
		if (existing.isPresent()) {
			Existing before = existing.get();
			if (!before.clientId().equals(reach.clientId())) {
				throw Refusal.conflict("oneroster.result.taken", sourcedId);
			}
			if (before.deletedAt() != null) {
				throw Refusal.conflict("oneroster.result.deleted", sourcedId);
			}
			if (!before.lineItemId().equals(item.sourcedId()) || !before.studentId().equals(student)) {
				throw Refusal.conflict("oneroster.result.moved", sourcedId);
			}
			markId = before.markId();
			version = before.version() + 1;
			jdbc.sql("update client_result set version = ?, modified_at = ? where sourced_id = ?")
				.params(version, Timestamp.from(now), sourcedId).update();
		}
		else {
			markId = uuid(sourcedId).orElseGet(
					() -> UUID.nameUUIDFromBytes((reach.clientId() + "|" + sourcedId).getBytes(StandardCharsets.UTF_8)));
			if (jdbc.sql("select count(*) from mark where id = ?").param(markId).query(Integer.class).single() > 0) {
				throw Refusal.conflict("oneroster.result.teachers-mark", sourcedId);
			}
			version = 1;
			jdbc.sql("""
					insert into client_result (sourced_id, mark_id, client_id, school_id, line_item_id, student_id, version, modified_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(sourcedId, markId, reach.clientId(), item.schoolId(), item.sourcedId(), student, version, Timestamp.from(now))
				.update();
		}
		ResultSubmitted submitted = new ResultSubmitted(markId, sourcedId, reach.clientId(), item.schoolId(), item.classGroupId(),
				item.subjectId(), student, value, item.workType(), item.workDate(), result.comment());
		events.publishEvent(new Submitted(UUID.randomUUID(), now, submitted, version));
		return new SettingLineItems.Put(json(sourcedId, now, item, student, value, result.comment()), existing.isEmpty());
	}

	/** The mark's text: the textScore as the scale writes it, else the score as a whole mark of 1 to 5. */
	private static String value(ResultPut result) {
		if (result.textScore() != null && !result.textScore().isBlank()) {
			String text = result.textScore().strip();
			if (text.length() > 10) {
				throw Refusal.invalid("oneroster.result.score-invalid", text);
			}
			return text;
		}
		if (result.score() != null) {
			java.math.BigDecimal score = result.score();
			if (score.stripTrailingZeros().scale() > 0 || score.compareTo(java.math.BigDecimal.ONE) < 0
					|| score.compareTo(java.math.BigDecimal.valueOf(5)) > 0) {
				throw Refusal.invalid("oneroster.result.score-invalid", score.toPlainString());
			}
			return Integer.toString(score.intValue());
		}
		throw Refusal.invalid("oneroster.result.score-missing");
	}

	private boolean enrolled(UUID student, LineItem item) {
		return jdbc.sql("""
				select count(*) from enrolment where student_id = ? and class_group_id = ? and valid_from <= ?
				and (valid_to is null or valid_to >= ?)""")
			.params(student, item.classGroupId(), item.workDate(), item.workDate()).query(Integer.class).single() > 0;
	}

	private boolean taught(LineItem item) {
		return jdbc.sql("""
				select count(*) from teaching where class_group_id = ? and subject_id = ? and valid_from <= ?
				and (valid_to is null or valid_to >= ?)""")
			.params(item.classGroupId(), item.subjectId(), item.workDate(), item.workDate()).query(Integer.class).single() > 0;
	}

	private static Optional<UUID> uuid(String text) {
		try {
			UUID id = UUID.fromString(text);
			return id.toString().equals(text.toLowerCase(java.util.Locale.ROOT)) ? Optional.of(id) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Map<String, Object> json(String sourcedId, Instant now, LineItem item, UUID student, String value,
			@Nullable String comment) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sourcedId", sourcedId);
		json.put("status", "active");
		json.put("dateLastModified", now.truncatedTo(ChronoUnit.MILLIS).toString());
		json.put("lineItem", Json.ref(Json.GRADEBOOK, "lineItems", "lineItem", item.sourcedId()));
		json.put("student", Json.ref(Json.ROSTERING, "users", "user", student.toString()));
		json.put("class", Json.ref(Json.ROSTERING, "classes", "class", item.classId()));
		json.put("scoreStatus", "fully graded");
		if (value.matches("[1-5]")) {
			json.put("score", Integer.parseInt(value));
		}
		json.put("textScore", value);
		json.put("scoreDate", item.workDate().toString());
		Json.put(json, "comment", comment);
		return json;
	}

	/** A line item as the facade reads it, with the class group, subject, day and work type the marks need. */
	private record LineItem(String sourcedId, UUID schoolId, String classId, UUID classGroupId, UUID subjectId,
			LocalDate workDate, String workType) {
	}

	private record Existing(String clientId, UUID markId, String lineItemId, UUID studentId, long version,
			@Nullable Instant deletedAt) {
	}

	/**
	 * A result as a client puts it: its line item and student by sourcedId, a score (a whole mark of 1 to 5) or a text
	 * score (as the journal's scales write it: зачёт, н/а...), and a comment.
	 */
	public record ResultPut(String lineItemId, String studentId, java.math.@Nullable BigDecimal score,
			@Nullable String textScore, @Nullable String comment) {
	}

	/** oneroster.result.submitted on oneroster.results.v1, keyed by student (journal.marks.v1's order). */
	record Submitted(UUID eventId, Instant occurredAt, ResultSubmitted result, long version) implements IntegrationEvent {

		@Override public String topic() { return ResultSubmitted.TOPIC; }
		@Override public String type() { return ResultSubmitted.TYPE; }
		@Override public String key() { return result.studentId().toString(); }
		@Override public String subject() { return result.markId().toString(); }
		@Override public UUID schoolId() { return result.schoolId(); }
		@Override public Object data() { return result; }
	}
}
