package org.ejd.identity.apps;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
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

	AppController(AppRegistration registration, AppSuspension suspension, AppLookup lookup) {
		this.registration = registration;
		this.suspension = suspension;
		this.lookup = lookup;
	}

	/** Registers a third-party or mobile app of a school or a region: its own Keycloak client (A8). */
	@PostMapping("/api/identity/apps")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AppView> register(@RequestBody AppRegistration.Request request) {
		AppView app = AppView.of(registration.register(Callers.current(), request));
		return ResponseEntity.created(URI.create("/api/identity/apps/" + app.id())).body(app);
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
	List<AppView> ofRegion(@PathVariable String code) {
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

	/** The app as its owner sees it: {@code clientId} is what the app sends as {@code client_id} and tokens name in azp. */
	record AppView(UUID id, String clientId, String name, @Nullable UUID schoolId, @Nullable String regionCode,
			List<String> redirectUris, List<String> scopes, String status, Instant registeredAt) {

		static AppView of(RegisteredApps.App app) {
			return new AppView(app.id(), app.clientId(), app.name(), app.schoolId(), app.regionCode(), app.redirectUris(),
					app.scopes(), app.active() ? "active" : "suspended", app.registeredAt());
		}
	}
}
