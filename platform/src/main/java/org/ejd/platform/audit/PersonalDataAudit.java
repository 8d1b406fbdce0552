package org.ejd.platform.audit;

import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every read of a student's personal data: who read, whose data, what, when (152-FZ).
 * Written to the {@code ejd.audit} logger as one structured line, never with SNILS or contacts;
 * operators route that logger to their audit store.
 */
public class PersonalDataAudit {

	private static final Logger audit = LoggerFactory.getLogger("ejd.audit");

	/** @param what a short name of the data read, e.g. {@code marks} */
	public void read(Caller caller, UUID studentId, String what) {
		audit.info("read who={} client={} whose={} what={}", caller.personId() != null ? caller.personId() : caller.subject(),
				caller.clientId(), studentId, what);
	}
}
