package org.ejd.identity.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.contracts.identity.SecretMessage;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * What identity tells others about accounts, on {@code identity.accounts.v1} keyed by the person.
 * Never a login, a password, an access code or a reason text: no consumer needs them.
 */
public final class AccountEvents {

	static final String TOPIC = "identity.accounts.v1";

	private AccountEvents() {
	}

	/** identity.account.opened: the person can sign in. */
	public record Opened(UUID eventId, Instant occurredAt, UUID personId, @Nullable UUID school, String kind,
			List<String> roles, Set<UUID> schoolIds, String via, long version) implements IntegrationEvent {

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "identity.account.opened"; }
		@Override public String key() { return personId.toString(); }
		@Override public String subject() { return personId.toString(); }
		@Override public @Nullable UUID schoolId() { return school; }

		@Override
		public Object data() {
			return new Data(personId, kind, roles, List.copyOf(schoolIds), via);
		}

		record Data(UUID personId, String kind, List<String> roles, List<UUID> schoolIds, String via) {
		}
	}

	/**
	 * identity.account.locked, .unlocked, .revoked, .portal-linked or .portal-unlinked (a regional
	 * portal opens this account, or no longer): what changed is in the type.
	 */
	public record Changed(UUID eventId, Instant occurredAt, UUID personId, @Nullable UUID school, Change change, long version,
			@Nullable PortalAccount portal) implements IntegrationEvent {

		public Changed(UUID eventId, Instant occurredAt, UUID personId, @Nullable UUID school, Change change, long version) {
			this(eventId, occurredAt, personId, school, change, version, null);
		}

		/**
		 * Which portal account a portal-linked or portal-unlinked names (issue 15): the diary serves the portal's own view and
		 * FGIS «Моя школа» by it (ADR 0021); {@code esiaId} only on a link, when the portal sent it.
		 */
		public record PortalAccount(String clientId, String portalUserId, @Nullable String esiaId) {
		}

		public enum Change {
			LOCKED, UNLOCKED, REVOKED, PORTAL_LINKED, PORTAL_UNLINKED;

			public String wire() {
				return name().toLowerCase().replace('_', '-');
			}
		}

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "identity.account." + change.wire(); }
		@Override public String key() { return personId.toString(); }
		@Override public String subject() { return personId.toString(); }
		@Override public @Nullable UUID schoolId() { return school; }

		@Override
		public Object data() {
			return portal == null ? new Data(personId)
					: new PortalData(personId, portal.clientId(), portal.portalUserId(), portal.esiaId());
		}

		record Data(UUID personId) {
		}

		record PortalData(UUID personId, String portalClientId, String portalUserId, @Nullable String esiaId) {
		}
	}

	/**
	 * identity.account.password-reset: the school gave a temporary password, a security notice for the
	 * holder; {@code deliveredTo} says where the password went, and {@code message} carries it when it
	 * is sent to the holder's verified contact (one delivery; the outbox row is deleted once Kafka has it).
	 */
	public record PasswordReset(UUID eventId, Instant occurredAt, UUID personId, @Nullable UUID school, String deliveredTo,
			@Nullable SecretMessage message, long version) implements IntegrationEvent {

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "identity.account.password-reset"; }
		@Override public String key() { return personId.toString(); }
		@Override public String subject() { return personId.toString(); }
		@Override public @Nullable UUID schoolId() { return school; }

		@Override
		public Object data() {
			return new Data(personId, deliveredTo, message);
		}

		@Override
		public String toString() {
			return "AccountEvents.PasswordReset[personId=" + personId + ", deliveredTo=" + deliveredTo + "]";
		}

		record Data(UUID personId, String deliveredTo, @Nullable SecretMessage message) {

			@Override
			public String toString() {
				return "Data[personId=" + personId + ", deliveredTo=" + deliveredTo + "]";
			}
		}
	}
}
