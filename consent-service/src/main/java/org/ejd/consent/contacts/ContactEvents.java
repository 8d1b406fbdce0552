package org.ejd.consent.contacts;

import java.time.Instant;
import java.util.UUID;

import org.ejd.consent.contacts.domain.Contact;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * What consent-service tells notification-service about contacts, on consent.preferences.v1 keyed by
 * the person. The only two event types that carry a contact (contracts/README.md says why); their
 * {@code toString} shows the masked form, so a logged event leaks neither a contact nor a code.
 */
public final class ContactEvents {

	private ContactEvents() {
	}

	/** consent.contact.verification-requested: deliver this Russian message, with its code, to the destination. */
	public record VerificationRequested(UUID eventId, Instant occurredAt, long version, Data data) implements IntegrationEvent {

		public static VerificationRequested of(Contact contact, Message message, long version) {
			return new VerificationRequested(UUID.randomUUID(), contact.createdAt(), version,
					new Data(contact.id(), contact.personId(), contact.channel().wire(), contact.address().value(),
							contact.address().masked(), message, contact.pending().expiresAt(), contact.createdAt()));
		}

		@Override public String topic() { return "consent.preferences.v1"; }
		@Override public String type() { return "consent.contact.verification-requested"; }
		@Override public String key() { return data.personId().toString(); }
		@Override public String subject() { return data.personId().toString(); }
		@Override public @Nullable UUID schoolId() { return null; }

		@Override
		public String toString() {
			return "VerificationRequested[contact=" + data.contactId() + ", to=" + data.maskedDestination() + ", version=" + version + "]";
		}

		public record Data(UUID contactId, UUID personId, String channel, String destination, String maskedDestination,
				Message message, Instant expiresAt, Instant requestedAt) {

			@Override
			public String toString() {
				return "Data[contact=" + contactId + ", to=" + maskedDestination + "]";
			}
		}

		public record Message(String language, @Nullable String subject, String text) {

			@Override
			public String toString() {
				return "Message[" + language + ", text hidden]";
			}
		}
	}

	/** consent.contact.verified: from now on the person may be reached at this destination on this channel. */
	public record ContactVerified(UUID eventId, Instant occurredAt, long version, Data data) implements IntegrationEvent {

		public static ContactVerified of(Contact contact, Instant verifiedAt, String verifiedBy, @Nullable UUID replaces, long version) {
			return new ContactVerified(UUID.randomUUID(), verifiedAt, version,
					new Data(contact.id(), contact.personId(), contact.channel().wire(), contact.address().value(),
							contact.address().masked(), verifiedBy, replaces, verifiedAt));
		}

		@Override public String topic() { return "consent.preferences.v1"; }
		@Override public String type() { return "consent.contact.verified"; }
		@Override public String key() { return data.personId().toString(); }
		@Override public String subject() { return data.personId().toString(); }
		@Override public @Nullable UUID schoolId() { return null; }

		@Override
		public String toString() {
			return "ContactVerified[contact=" + data.contactId() + ", to=" + data.maskedDestination() + ", version=" + version + "]";
		}

		public record Data(UUID contactId, UUID personId, String channel, String destination, String maskedDestination,
				String verifiedBy, @Nullable UUID replacesContactId, Instant verifiedAt) {

			@Override
			public String toString() {
				return "Data[contact=" + contactId + ", to=" + maskedDestination + "]";
			}
		}
	}
}
