package org.ejd.identity.apps;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ejd.identity.regions.Region;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AppController {

	private final AppRegistration registration;

	private final AppSuspension suspension;

	private final AppLookup lookup;

	private final AppSecretRotation secrets;

	AppController(AppRegistration registration, AppSuspension suspension, AppLookup lookup, AppSecretRotation secrets) {
		this.registration = registration;
		this.suspension = suspension;
		this.lookup = lookup;
		this.secrets = secrets;
	}

	/**
	 * Registers a third-party or mobile app of a school or a region (A8), or a school's information system calling with
	 * client credentials ({@code kind: machine}, ADR 0052): its own Keycloak client. A machine app's {@code clientSecret}
	 * is in this answer only.
	 */
	@PostMapping("/api/identity/apps")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AppView> register(@Valid @RequestBody AppRegistration.Request request) {
		AppView app = AppView.of(registration.register(Callers.current(), request));
		ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("/api/identity/apps/" + app.id()));
		// an answer with a secret is kept by no cache and by no idempotency record (platform's IdempotencyFilter)
		return (app.clientSecret() != null ? created.cacheControl(CacheControl.noStore()) : created).body(app);
	}

	/** A machine app's new client secret, in this answer only; the old one is refused from now on (ADR 0052). */
	@PostMapping("/api/identity/apps/{id}/secret")
	ResponseEntity<AppView> rotateSecret(@PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(AppView.of(secrets.rotate(Callers.current(), id)));
	}

	@GetMapping("/api/identity/apps/{id}")
	AppView app(@PathVariable UUID id) {
		return AppView.of(lookup.managed(Callers.current(), id));
	}

	@GetMapping("/api/identity/schools/{schoolId}/apps")
	List<AppView> ofSchool(@PathVariable UUID schoolId) {
		return lookup.ofSchool(Callers.current(), schoolId).stream().map(AppView::of).toList();
	}

	@GetMapping("/api/identity/regions/{code}/apps")
	List<AppView> ofRegion(@PathVariable @Size(max = Region.MAX_CODE_LENGTH) String code) {
		return lookup.ofRegion(Callers.current(), code).stream().map(AppView::of).toList();
	}

	@PostMapping("/api/identity/apps/{id}/suspension")
	AppView suspend(@PathVariable UUID id) {
		return AppView.of(suspension.suspend(Callers.current(), id));
	}

	@PostMapping("/api/identity/apps/{id}/resumption")
	AppView resume(@PathVariable UUID id) {
		return AppView.of(suspension.resume(Callers.current(), id));
	}

	/**
	 * The app as its owner sees it: {@code clientId} is what the app sends as {@code client_id} and tokens name in azp;
	 * {@code clientSecret} only in the answers to a machine app's registration and to {@code POST …/secret}.
	 */
	record AppView(UUID id, String clientId,
			@Schema(allowableValues = { "public", "machine" }) String kind,
			@Schema(example = "Школьная ИС «Контингент»") String name, @Nullable UUID schoolId, @Nullable String regionCode,
			List<String> redirectUris, List<String> scopes,
			@Schema(allowableValues = { "active", "suspended" }) String status, Instant registeredAt, @Nullable String clientSecret) {

		static AppView of(RegisteredApps.App app) {
			return of(new AppRegistration.Registered(app, null));
		}

		static AppView of(AppRegistration.Registered registered) {
			RegisteredApps.App app = registered.app();
			return new AppView(app.id(), app.clientId(), app.kind().wireName(), app.name(), app.schoolId(), app.regionCode(),
					app.redirectUris(), app.scopes(), app.active() ? "active" : "suspended", app.registeredAt(), registered.secret());
		}

		@Override
		public String toString() {
			return "AppView[" + id + ", " + clientId + "]"; // never the secret
		}
	}
}
