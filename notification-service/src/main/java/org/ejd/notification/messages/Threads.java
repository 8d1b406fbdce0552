package org.ejd.notification.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads, their messages and read receipts in notification's database. */
@Repository
class Threads {

	private final JdbcClient jdbc;

	Threads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Thread(UUID id, UUID schoolId, UUID studentId, UUID staffId, String topic, UUID startedBy, Instant startedAt,
			Instant lastMessageAt) {
	}

	record Posted(long seq, UUID id, UUID threadId, UUID authorId, boolean fromStaff, @Nullable String text, Instant sentAt,
			@Nullable Instant deletedAt) {
	}

	void insert(Thread t) {
		jdbc.sql("""
				insert into thread (id, school_id, student_id, staff_id, topic, started_by, started_at, last_message_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), t.schoolId(), t.studentId(), t.staffId(), t.topic(), t.startedBy(), Timestamp.from(t.startedAt()),
					Timestamp.from(t.lastMessageAt()))
			.update();
	}

	/** A thread of a message to a whole class group: one per student, the class group kept for the sender's view. */
	void insertForClass(Thread t, UUID classGroupId) {
		insert(t);
		jdbc.sql("update thread set class_group_id = ? where id = ?").params(classGroupId, t.id()).update();
	}

	Optional<Thread> find(UUID id) {
		return jdbc.sql("select id, school_id, student_id, staff_id, topic, started_by, started_at, last_message_at from thread where id = ?")
			.param(id).query(Thread.class).optional();
	}

	/** @param classMessageId the message to a whole class group this one is a copy of, or null */
	long post(UUID id, UUID threadId, UUID authorId, boolean fromStaff, String text, Instant at, @Nullable UUID classMessageId) {
		long seq = jdbc.sql("""
				insert into thread_message (id, thread_id, author_id, from_staff, text, sent_at, class_message_id)
				values (?, ?, ?, ?, ?, ?, ?) returning seq""")
			.params(id, threadId, authorId, fromStaff, text, Timestamp.from(at), classMessageId).query(Long.class).single();
		jdbc.sql("update thread set last_message_at = ? where id = ?").params(Timestamp.from(at), threadId).update();
		return seq;
	}

	Optional<Posted> message(UUID id) {
		return jdbc.sql("select seq, id, thread_id, author_id, from_staff, text, sent_at, deleted_at from thread_message where id = ?")
			.param(id).query(Posted.class).optional();
	}

	/** Leaves a marker: the row stays, its text goes. */
	void delete(UUID id, Instant at) {
		jdbc.sql("update thread_message set text = null, deleted_at = ? where id = ? and deleted_at is null").params(Timestamp.from(at), id)
			.update();
	}

	/** The thread's messages after the sequence number, oldest first. */
	List<Posted> messages(UUID threadId, long afterSeq, int limit) {
		return jdbc.sql("""
				select seq, id, thread_id, author_id, from_staff, text, sent_at, deleted_at from thread_message
				where thread_id = ? and seq > ? order by seq limit ?""")
			.params(threadId, afterSeq, limit).query(Posted.class).list();
	}

	/** How far a side has read: the staff member ({@code staffSide}) or the family's furthest reader. */
	long readSeq(UUID threadId, UUID staffId, boolean staffSide) {
		String side = staffSide ? "person_id = ?" : "person_id <> ?";
		return jdbc.sql("select coalesce(max(read_seq), 0) from thread_read where thread_id = ? and " + side).params(threadId, staffId)
			.query(Long.class).single();
	}

	void markRead(UUID threadId, UUID personId, Instant at) {
		jdbc.sql("""
				insert into thread_read (thread_id, person_id, read_seq, read_at)
				select ?, ?, coalesce(max(seq), 0), ? from thread_message where thread_id = ?
				on conflict (thread_id, person_id) do update set read_seq = greatest(thread_read.read_seq, excluded.read_seq),
				  read_at = excluded.read_at""")
			.params(threadId, personId, Timestamp.from(at), threadId).update();
	}

	/** Messages the person sent since the instant (the rate limit); a message to a whole class group counts once. */
	int sentSince(UUID authorId, Instant since) {
		return jdbc.sql("select count(distinct coalesce(class_message_id, id)) from thread_message where author_id = ? and sent_at > ?")
			.params(authorId, Timestamp.from(since)).query(Integer.class).single();
	}

	/**
	 * The threads of a member of staff or of a family (the students given), latest first, each with what the person has not
	 * read; with {@code q}, only threads with a message or topic holding it.
	 */
	List<Listed> of(UUID personId, List<UUID> students, @Nullable String q, int limit) {
		return jdbc.sql("""
				select t.id, t.school_id, t.student_id, t.staff_id, t.topic, t.last_message_at,
				  (select count(*) from thread_message m where m.thread_id = t.id and m.author_id <> :person and m.deleted_at is null
				     and m.seq > coalesce((select r.read_seq from thread_read r where r.thread_id = t.id and r.person_id = :person), 0)) as unread
				from thread t
				where (t.staff_id = :person or t.student_id in (:students))
				  and (cast(:q as text) is null or t.topic ilike :like or exists (select 1 from thread_message m
				       where m.thread_id = t.id and m.deleted_at is null and m.text ilike :like))
				order by t.last_message_at desc, t.id limit :limit""")
			.param("person", personId)
			// "in ()" is not SQL: a family of no students looks for the nil id, which no student has
			.param("students", students.isEmpty() ? List.of(new UUID(0, 0)) : students).param("q", q)
			.param("like", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("limit", limit).query(Listed.class).list();
	}

	/** The students the person represents (with the representation's active days) and the person themself if a student. */
	List<Kin> kinOf(UUID personId) {
		return jdbc.sql("""
				select r.student_id, p.school_id, r.active_from, r.active_to from representation r
				join person p on p.id = r.student_id where r.guardian_id = ? and r.active_from is not null""")
			.param(personId).query(Kin.class).list();
	}

	record Kin(UUID studentId, @Nullable UUID schoolId, java.time.LocalDate activeFrom, java.time.@Nullable LocalDate activeTo) {

		boolean activeOn(java.time.LocalDate day) {
			return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
		}
	}

	record Listed(UUID id, UUID schoolId, UUID studentId, UUID staffId, String topic, Instant lastMessageAt, long unread) {
	}
}
