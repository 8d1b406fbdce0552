package org.ejd.identity.apps;

import java.time.Clock;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.BusinessClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends an app (its Keycloak client disabled: no sign-in, no token, no refresh) or resumes it; the row, the client
 * and the event change together: Keycloak down (503) leaves all three as they were.
 */
@Service
class AppSuspension {

	private final RegisteredApps apps;

	private final AppLookup lookup;

	private final KeycloakApps keycloak;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppSuspension(RegisteredApps apps, AppLookup lookup, KeycloakApps keycloak, ApplicationEventPublisher events,
			@BusinessClock Clock clock) {
		this.apps = apps;
		this.lookup = lookup;
		this.keycloak = keycloak;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	RegisteredApps.App suspend(Caller caller, UUID appId) {
		return change(caller, appId, false);
	}

	@Transactional
	RegisteredApps.App resume(Caller caller, UUID appId) {
		return change(caller, appId, true);
	}

	private RegisteredApps.App change(Caller caller, UUID appId, boolean active) {
		RegisteredApps.App app = lookup.managed(caller, appId);
		RegisteredApps.App changed = apps.setActive(app.id(), active)
			.orElseThrow(() -> Refusal.conflict(active ? "identity.app.already-active" : "identity.app.already-suspended"));
		keycloak.enable(app.keycloakId(), active);
		events.publishEvent(new AppEvents.StatusChanged(UUID.randomUUID(), clock.instant(), changed));
		return changed;
	}
}
