package org.ejd.diary.audit;

import java.sql.Timestamp;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the platform's log-only audit in the diary (its bean is conditional on a missing one):
 * every read is still logged, and kept in {@code read_audit}, which nothing updates or deletes.
 */
@Component
class PersistentReadAudit extends PersonalDataAudit {

	private final JdbcClient jdbc;

	private final SchoolTime time;

	PersistentReadAudit(JdbcClient jdbc, SchoolTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Its own transaction: a read inside a read-only one is still written, and kept even if the read then fails. */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(Caller caller, UUID studentId, String what) {
		super.read(caller, studentId, what);
		jdbc.sql("""
				insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(time.now()), caller.personId() != null ? caller.personId().toString() : caller.subject(),
					caller.clientId(), caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(",")),
					studentId, what)
			.update();
	}
}
