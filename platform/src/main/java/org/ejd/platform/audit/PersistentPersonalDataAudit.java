package org.ejd.platform.audit;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;

/**
 * The audit of a service with a database: each read is logged and kept in {@code read_audit} (platform's Flyway
 * folder), which nothing updates or deletes. Written in its own transaction, so a read inside a read-only one is still
 * kept, and kept even if the read then fails; inside a transaction on a connection of its own ({@link AuditConnections}),
 * never a second one of the service's pool. The reader is the person, or the client itself when no person is behind
 * the token (a school system with client credentials).
 */
public class PersistentPersonalDataAudit extends PersonalDataAudit {

	private final AuditConnections connections;

	private final SchoolTime time;

	public PersistentPersonalDataAudit(AuditConnections connections, SchoolTime time) {
		this.connections = connections;
		this.time = time;
	}

	@Override
	public void read(Caller caller, UUID studentId, String what) {
		readAll(caller, List.of(studentId), what);
	}

	@Override
	public void readAll(Caller caller, Collection<UUID> students, String what) {
		List<UUID> distinct = students.stream().distinct().toList();
		if (distinct.isEmpty()) {
			return;
		}
		distinct.forEach(student -> log(caller, student, what));
		Timestamp at = Timestamp.from(time.now());
		String reader = reader(caller);
		String roles = caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		connections.inOwnTransactionWithTemplate(jdbc -> jdbc.batchUpdate("""
				insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (?, ?, ?, ?, ?, ?)""",
				distinct, distinct.size(), (ps, student) -> {
					ps.setTimestamp(1, at);
					ps.setString(2, reader);
					ps.setString(3, caller.clientId());
					ps.setString(4, roles);
					ps.setObject(5, student);
					ps.setString(6, what);
				}));
	}

	/** The name a read is kept under: the person's id, else the token's client, else its subject. */
	public static String reader(Caller caller) {
		if (caller.personId() != null) {
			return caller.personId().toString();
		}
		return caller.clientId() != null ? caller.clientId() : caller.subject();
	}
}
