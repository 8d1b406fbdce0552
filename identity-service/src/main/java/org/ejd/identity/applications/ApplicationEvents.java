package org.ejd.identity.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.contracts.identity.SecretMessage;
import org.ejd.identity.applications.domain.ApplicantContacts;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * What identity tells others about access applications, on {@code identity.applications.v1} keyed by
 * the applicant: received, code issued (with where it went, and the message carrying it when sent to
 * the applicant), refused, overdue soon, overdue. The application's version orders them.
 */
public final class ApplicationEvents {

	static final String TOPIC = "identity.applications.v1";

	private ApplicationEvents() {
	}

	/** One fact about an application; {@code type} and {@code data} say which. */
	public record Published(UUID eventId, Instant occurredAt, String type, UUID applicationId, UUID personId, UUID school,
			long version, Object data) implements IntegrationEvent {

		@Override public String topic() { return TOPIC; }
		@Override public String key() { return personId.toString(); }
		@Override public String subject() { return personId.toString(); }
		@Override public UUID schoolId() { return school; }

		@Override
		public String toString() {
			// the data of code-issued may carry the code
			return "ApplicationEvents.Published[" + type + ", applicationId=" + applicationId + "]";
		}
	}

	static Published received(Instant at, UUID applicationId, UUID personId, UUID schoolId, String channel, LocalDate registeredOn,
			LocalDate deadline, boolean withoutApplication, long version) {
		return new Published(UUID.randomUUID(), at, "identity.application.received", applicationId, personId, schoolId, version,
				new Received(applicationId, personId, schoolId, channel, registeredOn, deadline, withoutApplication ? Boolean.TRUE : null));
	}

	/** For consent-service only: the contacts a portal passed; same version as received, which it accompanies. */
	static Published contactsGiven(Instant at, UUID applicationId, UUID personId, UUID schoolId, ApplicantContacts contacts,
			long version) {
		return new Published(UUID.randomUUID(), at, "identity.application.contacts-given", applicationId, personId, schoolId, version,
				new ContactsGiven(applicationId, personId, contacts.email(), contacts.phone()));
	}

	public static Published codeIssued(Instant at, UUID applicationId, UUID personId, UUID schoolId, UUID codeId, Instant expiresAt,
			String deliveredTo, @Nullable SecretMessage message, long version) {
		return new Published(UUID.randomUUID(), at, "identity.application.code-issued", applicationId, personId, schoolId, version,
				new CodeIssued(applicationId, personId, codeId, expiresAt, deliveredTo, message));
	}

	static Published refused(Instant at, UUID applicationId, UUID personId, UUID schoolId, String reason, long version) {
		return new Published(UUID.randomUUID(), at, "identity.application.refused", applicationId, personId, schoolId, version,
				new Refused(applicationId, personId, reason));
	}

	static Published deadline(Instant at, boolean passed, UUID applicationId, UUID personId, UUID schoolId, LocalDate deadline,
			long version) {
		return new Published(UUID.randomUUID(), at, passed ? "identity.application.overdue" : "identity.application.overdue-soon",
				applicationId, personId, schoolId, version, new Deadline(applicationId, personId, schoolId, deadline));
	}

	/** @param withoutApplication true when opened under the school's no-application policy (seed 003); else absent */
	record Received(UUID applicationId, UUID personId, UUID schoolId, String channel, LocalDate registeredOn, LocalDate deadline,
			@Nullable Boolean withoutApplication) {
	}

	record ContactsGiven(UUID applicationId, UUID personId, @Nullable String email, @Nullable String phone) {

		@Override
		public String toString() {
			return "ContactsGiven[applicationId=" + applicationId + "]";
		}
	}

	record CodeIssued(UUID applicationId, UUID personId, UUID codeId, Instant expiresAt, String deliveredTo,
			@Nullable SecretMessage message) {

		@Override
		public String toString() {
			return "CodeIssued[applicationId=" + applicationId + ", deliveredTo=" + deliveredTo + "]";
		}
	}

	record Refused(UUID applicationId, UUID personId, String reason) {
	}

	record Deadline(UUID applicationId, UUID personId, UUID schoolId, LocalDate deadline) {
	}
}
