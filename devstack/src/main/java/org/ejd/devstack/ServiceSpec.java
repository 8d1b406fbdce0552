package org.ejd.devstack;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One eJD service as the local stack starts it. */
record ServiceSpec(String name, String mainClass, @Nullable String database, @Nullable String route) {

	static final List<ServiceSpec> BACKENDS = List.of(
			new ServiceSpec("identity-service", "org.ejd.identity.IdentityApplication", "identity", "identity"),
			new ServiceSpec("journal-service", "org.ejd.journal.JournalApplication", "journal", "journal"),
			new ServiceSpec("diary-service", "org.ejd.diary.DiaryApplication", "diary", "diary"),
			new ServiceSpec("consent-service", "org.ejd.consent.ConsentApplication", "consent", "consent"),
			new ServiceSpec("notification-service", "org.ejd.notification.NotificationApplication", "notification", "notifications"),
			new ServiceSpec("oneroster-service", "org.ejd.oneroster.OneRosterApplication", "oneroster", "oneroster"));

	static final ServiceSpec GATEWAY = new ServiceSpec("gateway", "org.ejd.gateway.GatewayApplication", null, null);
}
