package org.ejd.identity.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import org.ejd.platform.web.ApiException;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Keycloak users through the admin API (keycloak-admin-client), behind a circuit breaker and
 * retries: when Keycloak is down, callers get a clear 503 instead of hanging.
 */
@Component
public class KeycloakAccounts implements AutoCloseable {

	private final KeycloakProperties properties;

	private final Keycloak keycloak;

	private final CircuitBreaker breaker;

	private final Retry retry;

	KeycloakAccounts(KeycloakProperties properties, CircuitBreakerFactory<?, ?> breakers) {
		this.properties = properties;
		this.keycloak = KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.build();
		this.breaker = breakers.create("keycloak");
		this.retry = Retry.of("keycloak", RetryConfig.custom()
			.maxAttempts(properties.attempts())
			.waitDuration(properties.retryWait())
			.ignoreExceptions(ApiException.class)
			.build());
	}

	/** Creates an enabled user with a password, realm roles and the eJD claims; returns its Keycloak id. */
	public String create(String username, String password, String firstName, String lastName, UUID personId,
			Collection<UUID> schoolIds, Collection<String> roles) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEnabled(true);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setAttributes(attributes(personId, schoolIds));
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		user.setCredentials(List.of(credential));
		String id = call(() -> {
			try (Response response = realm().users().create(user)) {
				return switch (response.getStatus()) {
					case 201 -> CreatedResponseUtil.getCreatedId(response);
					case 409 -> throw ApiException.conflict("identity.account.username-taken");
					case 400 -> throw ApiException.badRequest("identity.account.password-policy");
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
	public void updateClaims(String keycloakId, UUID personId, Collection<UUID> schoolIds) {
		call(() -> {
			var resource = realm().users().get(keycloakId);
			UserRepresentation user = resource.toRepresentation();
			Map<String, List<String>> attributes = user.getAttributes() == null ? new java.util.HashMap<>() : new java.util.HashMap<>(user.getAttributes());
			attributes.putAll(attributes(personId, schoolIds));
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

	private static Map<String, List<String>> attributes(UUID personId, Collection<UUID> schoolIds) {
		return Map.of("person_id", List.of(personId.toString()), "school_ids", schoolIds.stream().map(UUID::toString).toList());
	}

	private RealmResource realm() {
		return keycloak.realm(properties.realm());
	}

	private <T> T call(Supplier<T> call) {
		return breaker.run(Retry.decorateSupplier(retry, call), failure -> {
			// a refusal of ours passes through; an open breaker, a timeout or Keycloak down is a 503
			if (failure instanceof ApiException refusal) {
				throw refusal;
			}
			if (failure.getCause() instanceof ApiException refusal) {
				throw refusal;
			}
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "identity.keycloak.unavailable");
		});
	}

	@Override
	public void close() {
		keycloak.close();
	}
}
