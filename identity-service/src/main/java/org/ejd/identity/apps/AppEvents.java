package org.ejd.identity.apps;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ejd.contracts.identity.AppRegistered;
import org.ejd.contracts.identity.AppResumed;
import org.ejd.contracts.identity.AppSuspended;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** What identity tells others about registered apps, on {@code identity.apps.v1} keyed by the app. */
public final class AppEvents {

	private AppEvents() {
	}

	public record Registered(UUID eventId, Instant occurredAt, RegisteredApps.App app) implements IntegrationEvent {

		@Override public String topic() { return AppRegistered.TOPIC; }
		@Override public String type() { return AppRegistered.TYPE; }
		@Override public String key() { return app.id().toString(); }
		@Override public String subject() { return app.id().toString(); }
		@Override public @Nullable UUID schoolId() { return app.schoolId(); }
		@Override public long version() { return app.version(); }

		@Override
		public Object data() {
			return new AppRegistered(app.id(), app.clientId(), app.name(), app.schoolId(), app.regionCode(),
					List.copyOf(app.redirectUris()), List.copyOf(app.scopes()), app.kind().wireName());
		}
	}

	/** identity.app.suspended or .resumed. */
	public record StatusChanged(UUID eventId, Instant occurredAt, RegisteredApps.App app) implements IntegrationEvent {

		@Override public String topic() { return AppRegistered.TOPIC; }
		@Override public String type() { return app.active() ? AppResumed.TYPE : AppSuspended.TYPE; }
		@Override public String key() { return app.id().toString(); }
		@Override public String subject() { return app.id().toString(); }
		@Override public @Nullable UUID schoolId() { return app.schoolId(); }
		@Override public long version() { return app.version(); }

		@Override
		public Object data() {
			return app.active() ? new AppResumed(app.id(), app.clientId()) : new AppSuspended(app.id(), app.clientId());
		}
	}
}
