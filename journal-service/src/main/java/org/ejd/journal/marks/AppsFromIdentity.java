package org.ejd.journal.marks;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.AppRegistered;
import org.ejd.contracts.identity.AppResumed;
import org.ejd.contracts.identity.AppSuspended;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link RegisteredMachineApps} from identity's {@code identity.apps.v1} (ADR 0065): a school's machine app with a
 * gradebook write scope, its suspension and its resumption. Public apps and a region's apps never write results, so
 * the journal keeps none of them.
 */
@Component
class AppsFromIdentity {

	private final EventInbox inbox;

	private final RegisteredMachineApps apps;

	AppsFromIdentity(EventInbox inbox, RegisteredMachineApps apps) {
		this.inbox = inbox;
		this.apps = apps;
	}

	@KafkaListener(id = "journal-apps", topics = AppRegistered.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("journal.apps", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case AppRegistered app -> {
				java.util.UUID school = app.schoolId();
				if (AppRegistered.KIND_MACHINE.equals(app.kind()) && school != null
						&& (app.scopes().contains(RegisteredMachineApps.PUT) || app.scopes().contains(RegisteredMachineApps.DELETE))) {
					apps.registered(app.appId(), app.clientId(), school, app.scopes(), event.version());
				}
				// else a public app, or a machine app that only reads: it enters no marks
			}
			case AppSuspended suspended -> apps.suspended(suspended.appId(), true, event.version());
			case AppResumed resumed -> apps.suspended(resumed.appId(), false, event.version());
			default -> {
				// nothing else is on the topic today
			}
		}
	}
}
