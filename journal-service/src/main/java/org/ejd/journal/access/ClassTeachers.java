package org.ejd.journal.access;

import java.util.UUID;

/** Who leads which class group as its class teacher; the class book, which keeps the appointments, answers it. */
public interface ClassTeachers {

	boolean leads(UUID personId, UUID classGroupId);
}
