package org.ejd.identity.apps;

import java.util.UUID;

import org.ejd.identity.apps.domain.AppKind;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Those who manage a machine app give it a new secret (a lost or leaked one, a routine change): Keycloak makes it, the old
 * one is refused from then on, and the answer is the only place it appears (ADR 0052). A public app has no secret.
 */
@Service
class AppSecretRotation {

	private final AppLookup lookup;

	private final KeycloakApps keycloak;

	AppSecretRotation(AppLookup lookup, KeycloakApps keycloak) {
		this.lookup = lookup;
		this.keycloak = keycloak;
	}

	@Transactional(readOnly = true)
	AppRegistration.Registered rotate(Caller caller, UUID appId) {
		RegisteredApps.App app = lookup.managed(caller, appId);
		if (app.kind() != AppKind.MACHINE) {
			throw Refusal.conflict("identity.app.no-secret");
		}
		return new AppRegistration.Registered(app, keycloak.rotateSecret(app.keycloakId()));
	}
}
