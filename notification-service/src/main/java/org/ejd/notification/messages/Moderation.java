package org.ejd.notification.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports of threads, blocked senders per school, and the audit of both, in notification's database. */
@Repository
class Moderation {

	private final JdbcClient jdbc;

	Moderation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void report(UUID id, UUID threadId, UUID schoolId, UUID by, String reason, Instant at) {
		jdbc.sql("insert into thread_report (id, thread_id, school_id, reported_by, reason, reported_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, threadId, schoolId, by, reason, Timestamp.from(at)).update();
	}

	boolean reported(UUID threadId) {
		return jdbc.sql("select count(*) from thread_report where thread_id = ?").param(threadId).query(Integer.class).single() > 0;
	}

	List<Report> reports(UUID schoolId, int limit) {
		return jdbc.sql("""
				select r.id, r.thread_id, t.student_id, t.staff_id, t.topic, r.reported_by, r.reason, r.reported_at
				from thread_report r join thread t on t.id = r.thread_id where r.school_id = ? order by r.reported_at desc, r.id limit ?""")
			.params(schoolId, limit).query(Report.class).list();
	}

	boolean block(UUID schoolId, UUID personId, UUID by, String reason, Instant at) {
		return jdbc.sql("""
				insert into message_block (school_id, person_id, blocked_by, reason, blocked_at) values (?, ?, ?, ?, ?)
				on conflict (school_id, person_id) do nothing""")
			.params(schoolId, personId, by, reason, Timestamp.from(at)).update() == 1;
	}

	boolean unblock(UUID schoolId, UUID personId) {
		return jdbc.sql("delete from message_block where school_id = ? and person_id = ?").params(schoolId, personId).update() == 1;
	}

	boolean blocked(UUID schoolId, UUID personId) {
		return jdbc.sql("select count(*) from message_block where school_id = ? and person_id = ?").params(schoolId, personId)
			.query(Integer.class).single() > 0;
	}

	void audit(UUID schoolId, UUID actor, String action, @Nullable UUID threadId, @Nullable UUID personId, @Nullable String detail,
			Instant at) {
		jdbc.sql("insert into message_audit (school_id, actor_id, action, thread_id, person_id, detail, at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(schoolId, actor, action, threadId, personId, detail, Timestamp.from(at)).update();
	}

	List<AuditEntry> auditOf(UUID schoolId, int limit) {
		return jdbc.sql("""
				select actor_id, action, thread_id, person_id, detail, at from message_audit where school_id = ?
				order by id desc limit ?""")
			.params(schoolId, limit).query(AuditEntry.class).list();
	}

	public record Report(UUID id, UUID threadId, UUID studentId, UUID staffId, String topic, UUID reportedBy, String reason,
			Instant reportedAt) {
	}

	public record AuditEntry(UUID actorId,
			@Schema(allowableValues = { "reported", "read-reported", "read-reported-file", "blocked", "unblocked" }) String action, @Nullable UUID threadId, @Nullable UUID personId,
			@Schema(example = "Оскорбительные выражения в сообщении") @Nullable String detail,
			Instant at) {
	}
}
