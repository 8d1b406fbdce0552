package org.ejd.identity.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jwt.JWTParser;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import org.ejd.platform.refusal.Refusal;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keycloak users through the admin API (keycloak-admin-client), behind a circuit breaker and
 * retries: when Keycloak is down, callers get a clear 503 instead of hanging.
 */
@Component
public class KeycloakAccounts implements AutoCloseable {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeycloakAccounts.class);

	private final KeycloakProperties properties;

	/** Built on first use or right after the service is ready, whichever comes first: see {@link #buildClient()}. */
	private final SingletonSupplier<Keycloak> keycloak = SingletonSupplier.of(this::newClient);

	/** Whether {@link #keycloak} has built its client, so that a close builds none. */
	private volatile boolean built;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final RestClient http = RestClient.create();

	KeycloakAccounts(KeycloakProperties properties, CircuitBreakerFactory<?, ?> breakers) {
		this.properties = properties;
		this.breaker = breakers.create("keycloak");
		this.retry = Retry.of("keycloak", RetryConfig.custom()
			.maxAttempts(properties.attempts())
			.waitDuration(properties.retryWait())
			.ignoreExceptions(Refusal.class)
			.build());
	}

	/** Creates an enabled user with a password, realm roles and the eJD claims; returns its Keycloak id. */
	public String create(String username, String password, boolean temporary, String firstName, String lastName, UUID personId,
			Collection<UUID> schoolIds, Collection<String> regionCodes, Collection<String> roles) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEnabled(true);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setAttributes(attributes(personId, schoolIds, regionCodes));
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(temporary);
		user.setCredentials(List.of(credential));
		String id = call(() -> {
			try (Response response = realm().users().create(user)) {
				return switch (response.getStatus()) {
					case 201 -> CreatedResponseUtil.getCreatedId(response);
					case 409 -> throw Refusal.conflict("identity.account.username-taken");
					case 400 -> throw Refusal.invalid("identity.account.password-policy");
					default -> throw new IllegalStateException("Keycloak answered " + response.getStatus());
				};
			}
		});
		try {
			call(() -> {
				RealmResource realm = realm();
				List<RoleRepresentation> representations = new ArrayList<>();
				for (String role : roles) {
					representations.add(realm.roles().get(role).toRepresentation());
				}
				realm.users().get(id).roles().realmLevel().add(representations);
				return null;
			});
		}
		catch (RuntimeException ex) {
			delete(id); // no half-made account: a user without roles must not stay behind
			throw ex;
		}
		return id;
	}

	/** Sets the claims of an existing user (schools change when representations change). */
	public void updateClaims(String keycloakId, UUID personId, Collection<UUID> schoolIds, Collection<String> regionCodes) {
		call(() -> {
			var resource = realm().users().get(keycloakId);
			UserRepresentation user = resource.toRepresentation();
			Map<String, List<String>> attributes = user.getAttributes() == null ? new java.util.HashMap<>() : new java.util.HashMap<>(user.getAttributes());
			attributes.putAll(attributes(personId, schoolIds, regionCodes));
			user.setAttributes(attributes);
			resource.update(user);
			return null;
		});
	}

	/**
	 * Disables or enables a user. Disabling also ends the user's sessions (refresh tokens die; an
	 * access token already issued lives until it expires); enabling also clears a brute-force lockout.
	 */
	public void setEnabled(String keycloakId, boolean enabled) {
		call(() -> {
			var resource = realm().users().get(keycloakId);
			UserRepresentation user = resource.toRepresentation();
			user.setEnabled(enabled);
			resource.update(user);
			if (enabled) {
				realm().attackDetection().clearBruteForceForUser(keycloakId);
			}
			else {
				resource.logout();
			}
			return null;
		});
	}

	/**
	 * Gives the user a temporary password: they must choose their own at the next sign-in (Keycloak's
	 * update-password action). Ends their sessions and clears a brute-force lockout, as the holder who
	 * forgot a password has often tripped it.
	 */
	public void resetPassword(String keycloakId, String temporaryPassword) {
		call(() -> {
			var resource = realm().users().get(keycloakId);
			CredentialRepresentation credential = new CredentialRepresentation();
			credential.setType(CredentialRepresentation.PASSWORD);
			credential.setValue(temporaryPassword);
			credential.setTemporary(true);
			try {
				resource.resetPassword(credential);
			}
			catch (jakarta.ws.rs.BadRequestException ex) {
				throw Refusal.invalid("identity.account.password-policy");
			}
			resource.logout();
			realm().attackDetection().clearBruteForceForUser(keycloakId);
			return null;
		});
	}

	/**
	 * Links the user to their account at an identity provider (a regional portal), so that a login
	 * through it opens this user without asking. An earlier link to another portal account is replaced.
	 */
	public void linkIdentityProvider(String keycloakId, String alias, String providerUserId, String providerUsername) {
		call(() -> {
			var resource = realm().users().get(keycloakId);
			Optional<FederatedIdentityRepresentation> current = resource.getFederatedIdentity().stream()
				.filter(f -> alias.equals(f.getIdentityProvider())).findFirst();
			if (current.isPresent() && providerUserId.equals(current.get().getUserId())) {
				return null;
			}
			if (current.isPresent()) {
				resource.removeFederatedIdentity(alias);
			}
			FederatedIdentityRepresentation link = new FederatedIdentityRepresentation();
			link.setIdentityProvider(alias);
			link.setUserId(providerUserId);
			link.setUserName(providerUsername);
			try (Response response = resource.addFederatedIdentity(alias, link)) {
				if (response.getStatus() == 409) {
					// the portal account is linked to another user in Keycloak: not ours to steal
					throw Refusal.conflict("identity.portal-link.portal-user-linked");
				}
				if (response.getStatus() / 100 != 2) {
					throw new IllegalStateException("Keycloak answered " + response.getStatus());
				}
				return null;
			}
		});
	}

	/** Removes the user's link to an identity provider; no link counts as removed. */
	public void unlinkIdentityProvider(String keycloakId, String alias) {
		call(() -> {
			var resource = realm().users().get(keycloakId);
			if (resource.getFederatedIdentity().stream().anyMatch(f -> alias.equals(f.getIdentityProvider()))) {
				resource.removeFederatedIdentity(alias);
			}
			return null;
		});
	}

	/**
	 * Checks a login and password the holder typed once (to link a portal account, A7) by signing in
	 * as them with this service's client, and ends that session at once. Returns the Keycloak user id,
	 * or empty when Keycloak refuses (wrong password, disabled, temporary password not yet changed);
	 * Keycloak's brute-force detection counts the failures as for any sign-in.
	 */
	public Optional<String> verifyPassword(String username, String password) {
		String tokens = properties.serverUrl() + "/realms/" + properties.realm() + "/protocol/openid-connect";
		return call(() -> {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "password");
			form.add("client_id", properties.clientId());
			form.add("client_secret", properties.clientSecret());
			form.add("username", username);
			form.add("password", password);
			form.add("scope", "openid");
			Map<?, ?> answer = http.post().uri(tokens + "/token").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
				.exchange((request, response) -> {
					if (response.getStatusCode().is5xxServerError()) {
						throw new IllegalStateException("Keycloak answered " + response.getStatusCode());
					}
					return response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Map.class) : null;
				});
			if (answer == null) {
				return Optional.<String>empty();
			}
			try {
				String subject = JWTParser.parse((String) answer.get("access_token")).getJWTClaimsSet().getSubject();
				MultiValueMap<String, String> logout = new LinkedMultiValueMap<>();
				logout.add("client_id", properties.clientId());
				logout.add("client_secret", properties.clientSecret());
				logout.add("refresh_token", (String) answer.get("refresh_token"));
				http.post().uri(tokens + "/logout").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(logout)
					.retrieve().toBodilessEntity();
				return Optional.of(subject);
			}
			catch (java.text.ParseException ex) {
				throw new IllegalStateException("Keycloak sent an unreadable token", ex);
			}
		});
	}

	/** Deletes a user for good; a user already gone counts as deleted. Keycloak down is a 503, not a silent skip. */
	public void remove(String keycloakId) {
		call(() -> {
			try (Response response = realm().users().delete(keycloakId)) {
				if (response.getStatus() / 100 != 2 && response.getStatus() != 404) {
					throw new IllegalStateException("Keycloak answered " + response.getStatus());
				}
				return null;
			}
		});
	}

	/** Best effort, for compensation: an orphan without person_id cannot read anything. */
	public void delete(String keycloakId) {
		try {
			call(() -> {
				try (Response ignored = realm().users().delete(keycloakId)) {
					return null;
				}
			});
		}
		catch (RuntimeException ex) {
			// best effort, see above
		}
	}

	private static Map<String, List<String>> attributes(UUID personId, Collection<UUID> schoolIds, Collection<String> regionCodes) {
		return Map.of("person_id", List.of(personId.toString()), "school_ids", schoolIds.stream().map(UUID::toString).toList(),
				"region_codes", List.copyOf(regionCodes));
	}

	private RealmResource realm() {
		return client().realm(properties.realm());
	}

	/**
	 * Builds the admin client after the service is ready, on a thread of its own. Building it (RESTEasy's providers)
	 * took 1.35 s on a cold C2-only JVM, on the main thread of every start, before the readiness probe could answer
	 * (docs/adr/0094).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void buildClient() {
		Thread.ofVirtual().name("keycloak-admin-client").start(this::client);
	}

	private Keycloak client() {
		return keycloak.obtain();
	}

	private Keycloak newClient() {
		Keycloak client = KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.build();
		built = true;
		return client;
	}

	/** Any other admin call on the realm (registered apps' clients), behind the same breaker and retries: 503 when Keycloak is down. */
	public <T> T onRealm(java.util.function.Function<RealmResource, T> call) {
		return call(() -> call.apply(realm()));
	}

	private <T> T call(Supplier<T> call) {
		return breaker.run(Retry.decorateSupplier(retry, call), failure -> {
			// a refusal of ours passes through; an open breaker, a timeout or Keycloak down is a 503
			if (failure instanceof Refusal refusal) {
				throw refusal;
			}
			if (failure.getCause() instanceof Refusal refusal) {
				throw refusal;
			}
			log.warn("Keycloak admin call failed: {}", failure.toString());
			throw Refusal.unavailable("identity.keycloak.unavailable");
		});
	}

	@Override
	public void close() {
		if (built) {
			keycloak.obtain().close();
		}
	}
}
