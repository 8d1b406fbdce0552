package org.ejd.identity.applications.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A6: a student uses a regional or state portal only from their 14th birthday; younger students
 * get school-issued credentials only. The birthday is the same month and day 14 years on; for a
 * 29 February birthday in a common year that is 28 February (the term ends on the month's last day,
 * Civil Code art. 192).
 */
public final class PortalAge {

	public static final int MINIMUM_YEARS = 14;

	private PortalAge() {
	}

	/** Whether a person born on {@code birthDate} may use a portal on {@code day}; unknown birth date: no. */
	public static boolean mayUsePortal(@Nullable LocalDate birthDate, LocalDate day) {
		return birthDate != null && !day.isBefore(birthDate.plusYears(MINIMUM_YEARS));
	}
}
