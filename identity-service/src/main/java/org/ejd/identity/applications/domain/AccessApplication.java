package org.ejd.identity.applications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A guardian's or student's application for diary access (A2, A4): registered on a date in the
 * school's time zone, due within a number of working days, then answered with an access code or
 * refused with a reason. "Overdue" is not stored: it is an open application past its deadline.
 *
 * @param submittedBy the token subject of whoever registered it (a school admin, or a portal's service account)
 * @param submittedClient the OAuth2 client it came through; a portal sees only its own applications
 */
public record AccessApplication(UUID id, UUID personId, UUID schoolId, Applicant applicant, Channel channel,
		String submittedBy, String submittedClient, Instant registeredAt, LocalDate registeredOn, LocalDate deadline,
		Status status, @Nullable String refusalReason, @Nullable Instant decidedAt, @Nullable Instant codeIssuedAt,
		long version) {

	public enum Applicant {
		GUARDIAN, STUDENT
	}

	/** Where the application was registered: at the school's desk, or by a regional portal. */
	public enum Channel {
		DESK, PORTAL
	}

	public enum Status {
		OPEN, CODE_ISSUED, REFUSED
	}

	/** What a person reads: open, code-issued, refused, or overdue (open past its deadline on {@code today}). */
	public String statusOn(LocalDate today) {
		return isOverdueOn(today) ? "overdue" : status.name().toLowerCase().replace('_', '-');
	}

	public boolean isOverdueOn(LocalDate today) {
		return status == Status.OPEN && today.isAfter(deadline);
	}
}
