package org.ejd.identity.apps;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.apps.domain.AppKind;
import org.ejd.identity.apps.domain.RedirectUris;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.BusinessClock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school admin (for their school), or a region operator (for a school of their region, or for the region itself),
 * registers an app: its Keycloak client first, then the row and {@code identity.app.registered}; a failed write removes
 * the client again, so no client is left that names no app. A machine app (a school's information system, ADR 0052) is
 * a school's only, names no redirect addresses, asks for OneRoster scopes, and its secret is in the answer and nowhere else.
 */
@Service
class AppRegistration {

	static final int MAX_NAME = 100;

	private final RegisteredApps apps;

	private final KeycloakApps keycloak;

	private final SchoolAccess access;

	private final AppProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppRegistration(RegisteredApps apps, KeycloakApps keycloak, SchoolAccess access, AppProperties properties,
			ApplicationEventPublisher events, @BusinessClock Clock clock) {
		this.apps = apps;
		this.keycloak = keycloak;
		this.access = access;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Registered register(Caller caller, Request request) {
		AppKind kind = request.kind() == null ? AppKind.PUBLIC
				: AppKind.named(request.kind()).orElseThrow(() -> Refusal.invalid("identity.app.kind-bad"));
		if ((request.schoolId() == null) == (request.regionCode() == null)) {
			throw Refusal.invalid("identity.app.owner-bad");
		}
		if (kind == AppKind.MACHINE && request.schoolId() == null) {
			throw Refusal.invalid("identity.app.machine-school-only");
		}
		if (request.schoolId() != null) {
			access.requireManager(caller, request.schoolId());
		}
		else {
			SchoolAccess.requireOperatorOf(caller, request.regionCode());
		}
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw Refusal.invalid("identity.app.name-bad", MAX_NAME);
		}
		List<String> redirects = request.redirectUris() == null ? List.of() : List.copyOf(request.redirectUris());
		if (kind == AppKind.MACHINE && !redirects.isEmpty()) {
			throw Refusal.invalid("identity.app.machine-no-redirects");
		}
		if (kind == AppKind.PUBLIC && !RedirectUris.countAllowed(redirects)) {
			throw Refusal.invalid("identity.app.redirects-bad", RedirectUris.MAX_COUNT);
		}
		RedirectUris.firstRefused(redirects, properties.allowLoopbackHttp()).ifPresent(refused -> {
			throw Refusal.invalid("identity.app.redirect-refused", refused);
		});
		List<String> scopes = request.scopes() == null ? List.of() : List.copyOf(request.scopes());
		if (!kind.allows(scopes)) {
			throw Refusal.invalid(kind == AppKind.PUBLIC ? "identity.app.scopes-bad" : "identity.app.machine-scopes-bad");
		}
		UUID id = UUID.randomUUID();
		String clientId = "app-" + id.toString().replace("-", "").substring(0, 12);
		KeycloakApps.Created client = kind == AppKind.PUBLIC
				? new KeycloakApps.Created(keycloak.create(clientId, name, redirects, scopes), null)
				: keycloak.createMachine(clientId, name, Objects.requireNonNull(request.schoolId()), scopes);
		try {
			Instant now = clock.instant();
			RegisteredApps.App app = new RegisteredApps.App(id, clientId, client.keycloakId(), kind, name, request.schoolId(),
					request.regionCode(), redirects, scopes, true, now, 1);
			apps.insert(app, caller.personId() != null ? caller.personId().toString() : caller.subject());
			events.publishEvent(new AppEvents.Registered(UUID.randomUUID(), now, app));
			return new Registered(app, client.secret());
		}
		catch (RuntimeException ex) {
			keycloak.delete(client.keycloakId());
			throw ex;
		}
	}

	/** The app, and a machine app's client secret: shown in this one answer, kept nowhere by eJD. */
	record Registered(RegisteredApps.App app, @Nullable String secret) {

		@Override
		public String toString() {
			return "Registered[" + app.id() + "]"; // never the secret, wherever this is logged
		}
	}

	record Request(@Schema(example = "Школьная ИС «Контингент»") @Nullable @Size(max = MAX_NAME) String name,
			@Schema(allowableValues = { "public", "machine" }) @Nullable @Size(max = 10) String kind, @Nullable UUID schoolId, @Nullable @Size(max = 8) String regionCode,
			@Nullable @Size(max = RedirectUris.MAX_COUNT) List<@Size(max = RedirectUris.MAX_LENGTH) String> redirectUris,
			@Nullable @Size(max = 4) List<@Size(max = 20) String> scopes) {
	}
}
