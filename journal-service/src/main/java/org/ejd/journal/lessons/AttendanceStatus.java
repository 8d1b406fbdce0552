package org.ejd.journal.lessons;

/** A student at a lesson (J5): present, absent (no reason yet), late, ill, or excused (with a reason). */
public enum AttendanceStatus {
	PRESENT, ABSENT, LATE, ILL, EXCUSED;

	public String wire() {
		return name().toLowerCase();
	}
}
