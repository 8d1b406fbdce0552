package org.ejd.oneroster.gradebook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.contracts.oneroster.ResultWithdrawn;
import org.ejd.oneroster.access.Reach;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A OneRoster client deletes a result or a line item it put (DELETE results/{sourcedId}, lineItems/{sourcedId};
 * OneRoster 1.2: the record becomes {@code tobedeleted}, ADR 0046). Its row keeps the moment; each deleted result goes to
 * the journal as {@code oneroster.result.withdrawn} in the same transaction (outbox), and the journal deletes the mark it
 * became by its own rules. Only the client that put it may delete it; what is unknown or in a school outside the
 * client's reach is 404; deleting again changes nothing.
 */
@Service
public class DeletingRecords {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	DeletingRecords(JdbcClient jdbc, ApplicationEventPublisher events, SchoolTime time) {
		this.jdbc = jdbc;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public void result(Reach reach, String sourcedId) {
		Optional<ClientResult> found = jdbc.sql("""
				select sourced_id, mark_id, client_id, school_id, student_id, version, deleted_at from client_result
				where sourced_id = ? and school_id = any(?::uuid[]) for update""")
			.params(sourcedId, reach.schoolArray()).query(ClientResult.class).optional();
		if (found.isEmpty()) {
			if (teachersMark(reach, sourcedId)) {
				throw Refusal.conflict("oneroster.result.teachers-mark", sourcedId);
			}
			throw Refusal.unknown("oneroster.result.not-found", sourcedId);
		}
		ClientResult result = found.get();
		if (!result.clientId().equals(reach.clientId())) {
			throw Refusal.conflict("oneroster.result.taken", sourcedId);
		}
		if (result.deletedAt() == null) {
			withdraw(result, time.now());
		}
	}

	@Transactional
	public void lineItem(Reach reach, String sourcedId) {
		Optional<ClientLineItem> found = jdbc.sql("""
				select sourced_id, client_id, deleted_at from client_line_item
				where sourced_id = ? and school_id = any(?::uuid[]) for update""")
			.params(sourcedId, reach.schoolArray()).query(ClientLineItem.class).optional();
		if (found.isEmpty()) {
			throw Refusal.unknown("oneroster.lineItem.not-found", sourcedId);
		}
		ClientLineItem item = found.get();
		if (!item.clientId().equals(reach.clientId())) {
			throw Refusal.conflict("oneroster.lineItem.taken", sourcedId);
		}
		if (item.deletedAt() != null) {
			return;
		}
		List<ClientResult> results = jdbc.sql("""
				select sourced_id, mark_id, client_id, school_id, student_id, version, deleted_at from client_result
				where line_item_id = ? and deleted_at is null order by sourced_id for update""")
			.param(sourcedId).query(ClientResult.class).list();
		if (results.stream().anyMatch(r -> !r.clientId().equals(reach.clientId()))) {
			throw Refusal.conflict("oneroster.lineItem.others-results", sourcedId);
		}
		Instant now = time.now();
		results.forEach(result -> withdraw(result, now));
		jdbc.sql("update client_line_item set deleted_at = ?, modified_at = ? where sourced_id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), sourcedId).update();
	}

	private void withdraw(ClientResult result, Instant now) {
		long version = result.version() + 1;
		jdbc.sql("update client_result set deleted_at = ?, modified_at = ?, version = ? where sourced_id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), version, result.sourcedId()).update();
		events.publishEvent(new Withdrawn(UUID.randomUUID(), now, new ResultWithdrawn(result.markId(), result.sourcedId(),
				result.clientId(), result.schoolId(), result.studentId()), version));
	}

	/** Whether the sourcedId is a mark of the client's schools that no client put: the teacher's, not the client's. */
	private boolean teachersMark(Reach reach, String sourcedId) {
		return jdbc.sql("""
				select count(*) from mark m where m.id::text = ? and m.school_id = any(?::uuid[])
				and not exists (select 1 from client_result cr where cr.mark_id = m.id)""")
			.params(sourcedId, reach.schoolArray()).query(Integer.class).single() > 0;
	}

	private record ClientResult(String sourcedId, UUID markId, String clientId, UUID schoolId, UUID studentId, long version,
			@Nullable Instant deletedAt) {
	}

	private record ClientLineItem(String sourcedId, String clientId, @Nullable Instant deletedAt) {
	}

	/** oneroster.result.withdrawn on oneroster.results.v1, keyed by student like the submission it undoes. */
	record Withdrawn(UUID eventId, Instant occurredAt, ResultWithdrawn result, long version) implements IntegrationEvent {

		@Override public String topic() { return ResultWithdrawn.TOPIC; }
		@Override public String type() { return ResultWithdrawn.TYPE; }
		@Override public String key() { return result.studentId().toString(); }
		@Override public String subject() { return result.markId().toString(); }
		@Override public UUID schoolId() { return result.schoolId(); }
		@Override public Object data() { return result; }
	}
}
