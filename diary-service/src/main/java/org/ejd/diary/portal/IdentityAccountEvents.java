package org.ejd.diary.portal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.AccountPortalLinked;
import org.ejd.contracts.identity.AccountPortalUnlinked;
import org.ejd.contracts.identity.AccountRevoked;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link PortalLinks} from identity.accounts.v1; links from before issue 15 name no portal and are skipped. */
@Component
class IdentityAccountEvents {

	private final EventInbox inbox;

	private final PortalLinks links;

	IdentityAccountEvents(EventInbox inbox, PortalLinks links) {
		this.inbox = inbox;
		this.links = links;
	}

	@KafkaListener(id = "diary-portal-links", topics = AccountPortalLinked.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.portal-links", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case AccountPortalLinked l when l.portalClientId() != null && l.portalUserId() != null ->
				links.linked(l.portalClientId(), l.portalUserId(), l.personId(), l.esiaId(), event.version(), event.time());
			case AccountPortalUnlinked u when u.portalClientId() != null && u.portalUserId() != null ->
				links.unlinked(u.portalClientId(), u.portalUserId(), u.personId(), event.version(), event.time());
			case AccountRevoked r -> links.revoked(r.personId(), event.version(), event.time());
			default -> {
				// opened, locked, unlocked, password reset: nothing the portal view or FGIS needs
			}
		}
	}
}
