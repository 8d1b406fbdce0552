package org.ejd.platform.audit;

import java.util.Collection;
import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every read of a student's personal data: who read, whose data, what, when (152-FZ).
 * Written to the {@code ejd.audit} logger as one structured line, never with SNILS or contacts; a service with a
 * database keeps each read in its {@code read_audit} table too ({@link PersistentPersonalDataAudit}).
 */
public class PersonalDataAudit {

	private static final Logger audit = LoggerFactory.getLogger("ejd.audit");

	/** @param what a short name of the data read, e.g. {@code marks} */
	public void read(Caller caller, UUID studentId, String what) {
		log(caller, studentId, what);
	}

	/** A page or a file of many people's records: one record each (duplicates count once). */
	public void readAll(Caller caller, Collection<UUID> students, String what) {
		students.stream().distinct().forEach(student -> log(caller, student, what));
	}

	/** The log line of one read (also written when the read is kept in a table). */
	protected final void log(Caller caller, UUID studentId, String what) {
		audit.info("read who={} client={} whose={} what={}", caller.personId() != null ? caller.personId() : caller.subject(),
				caller.clientId(), studentId, what);
	}
}
