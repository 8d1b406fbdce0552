package org.ejd.oneroster.audit;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the platform's log-only audit in oneroster-service (its bean is conditional on a missing one), as the
 * diary's does: every read of a student's data is logged and kept in {@code read_audit}, which nothing updates or
 * deletes. A OneRoster client has no person: the reader is the client itself (its client id), beside it in
 * {@code client_id}; a person (a school admin's CSV) is the reader with the client they came through.
 */
@Component
public class PersistentReadAudit extends PersonalDataAudit {

	private final JdbcTemplate jdbc;

	private final SchoolTime time;

	PersistentReadAudit(JdbcTemplate jdbc, SchoolTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(Caller caller, UUID studentId, String what) {
		readAll(caller, List.of(studentId), what);
	}

	/** A page or a file of many students' records: one row each, in one batch and its own transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void readAll(Caller caller, Collection<UUID> students, String what) {
		if (students.isEmpty()) {
			return;
		}
		students.forEach(student -> super.read(caller, student, what));
		Timestamp at = Timestamp.from(time.now());
		String reader = caller.personId() != null ? caller.personId().toString() : caller.clientId();
		String roles = caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		jdbc.batchUpdate("""
				insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (?, ?, ?, ?, ?, ?)""",
				List.copyOf(students), students.size(), (ps, student) -> {
					ps.setTimestamp(1, at);
					ps.setString(2, reader);
					ps.setString(3, caller.clientId());
					ps.setString(4, roles);
					ps.setObject(5, student);
					ps.setString(6, what);
				});
	}
}
