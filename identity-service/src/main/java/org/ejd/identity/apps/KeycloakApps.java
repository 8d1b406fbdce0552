package org.ejd.identity.apps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.ejd.identity.accounts.KeycloakAccounts;
import org.ejd.identity.apps.domain.AppScopes;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.springframework.stereotype.Component;

/**
 * Registered apps as Keycloak clients: public (an app holds no secret), authorization code with PKCE S256 only, no password
 * grant, no implicit flow, no service account, the consent screen on (the guardian approves the app and its scopes), and
 * the eJD claims and audience every eJD client has. Refresh tokens are rotated by the realm ({@code revokeRefreshToken}).
 * A machine app (a school's information system, ADR 0052) is confidential instead: client credentials only, a service
 * account without roles, its school hard-coded in {@code school_ids}, the OneRoster scopes it asked for; its secret is
 * Keycloak's, handed to the caller once and kept nowhere in eJD.
 */
@Component
class KeycloakApps {

	/** What every eJD token carries; the app asks for more ({@link org.ejd.identity.apps.domain.AppScopes}) on top. */
	private static final List<String> DEFAULT_SCOPES = List.of("web-origins", "acr", "roles", "basic");

	private final KeycloakAccounts keycloak;

	KeycloakApps(KeycloakAccounts keycloak) {
		this.keycloak = keycloak;
	}

	/** Creates the client; returns its Keycloak id. */
	String create(String clientId, String name, List<String> redirectUris, List<String> scopes) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(clientId);
		client.setName(name);
		client.setDescription("Registered app (identity-service, A8)");
		client.setEnabled(true);
		client.setProtocol("openid-connect");
		client.setPublicClient(true);
		client.setStandardFlowEnabled(true);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(false);
		client.setServiceAccountsEnabled(false);
		client.setConsentRequired(true);
		client.setFrontchannelLogout(true);
		client.setRedirectUris(redirectUris);
		client.setWebOrigins(List.of("+"));
		Map<String, String> attributes = new HashMap<>();
		attributes.put("pkce.code.challenge.method", "S256");
		attributes.put("post.logout.redirect.uris", "+");
		attributes.put("display.on.consent.screen", "true");
		attributes.put("consent.screen.text", name);
		client.setAttributes(attributes);
		client.setDefaultClientScopes(DEFAULT_SCOPES);
		client.setOptionalClientScopes(scopes);
		client.setProtocolMappers(mappers());
		return keycloak.onRealm(realm -> {
			try (Response response = realm.clients().create(client)) {
				return switch (response.getStatus()) {
					case 201 -> CreatedResponseUtil.getCreatedId(response);
					case 409 -> throw Refusal.conflict("identity.app.client-taken");
					default -> throw new IllegalStateException("Keycloak answered " + response.getStatus());
				};
			}
		});
	}

	/** Suspends (false) or resumes (true) the client: a disabled client gets no code, no token and no refresh. */
	void enable(String keycloakId, boolean enabled) {
		keycloak.onRealm(realm -> {
			var resource = realm.clients().get(keycloakId);
			ClientRepresentation client = resource.toRepresentation();
			client.setEnabled(enabled);
			resource.update(client);
			return null;
		});
	}

	/** Creates a machine app's confidential client; returns its Keycloak id and the secret Keycloak made for it. */
	Created createMachine(String clientId, String name, UUID schoolId, List<String> scopes) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(clientId);
		client.setName(name);
		client.setDescription("Registered machine app of a school (identity-service, ADR 0052)");
		client.setEnabled(true);
		client.setProtocol("openid-connect");
		client.setPublicClient(false);
		client.setClientAuthenticatorType("client-secret");
		client.setStandardFlowEnabled(false);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(false);
		client.setServiceAccountsEnabled(true);
		client.setConsentRequired(false);
		client.setAttributes(new HashMap<>(Map.of("oauth2.device.authorization.grant.enabled", "false",
				"oidc.ciba.grant.enabled", "false")));
		client.setDefaultClientScopes(DEFAULT_SCOPES);
		client.setOptionalClientScopes(AppScopes.realmNames(scopes));
		client.setProtocolMappers(List.of(school(schoolId), audience()));
		return keycloak.onRealm(realm -> {
			try (Response response = realm.clients().create(client)) {
				String id = switch (response.getStatus()) {
					case 201 -> CreatedResponseUtil.getCreatedId(response);
					case 409 -> throw Refusal.conflict("identity.app.client-taken");
					default -> throw new IllegalStateException("Keycloak answered " + response.getStatus());
				};
				return new Created(id, realm.clients().get(id).getSecret().getValue());
			}
		});
	}

	/** A new secret for a machine app's client: the old one stops working at once. */
	String rotateSecret(String keycloakId) {
		return keycloak.onRealm(realm -> realm.clients().get(keycloakId).generateNewSecret().getValue());
	}

	/** A client Keycloak made, and a machine app's secret (null for a public app), which nobody can read back from eJD. */
	record Created(String keycloakId, @Nullable String secret) {
	}

	void delete(String keycloakId) {
		try {
			keycloak.onRealm(realm -> {
				realm.clients().get(keycloakId).remove();
				return null;
			});
		}
		catch (RuntimeException ignored) {
			// compensation at best: an orphan client without a row is disabled by nobody, but names no app either
		}
	}

	private static List<ProtocolMapperRepresentation> mappers() {
		List<ProtocolMapperRepresentation> mappers = new ArrayList<>();
		mappers.add(attribute("person_id", false));
		mappers.add(attribute("school_ids", true));
		mappers.add(attribute("region_codes", true));
		mappers.add(audience());
		return mappers;
	}

	private static ProtocolMapperRepresentation audience() {
		ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
		audience.setName("ejd-api audience");
		audience.setProtocol("openid-connect");
		audience.setProtocolMapper("oidc-audience-mapper");
		audience.setConfig(Map.of("included.custom.audience", "ejd-api", "access.token.claim", "true", "id.token.claim", "false",
				"introspection.token.claim", "true"));
		return audience;
	}

	/** The school a machine app acts for, in every token, as the realm's school clients have it ({@code ejd-access-control}). */
	private static ProtocolMapperRepresentation school(UUID schoolId) {
		ProtocolMapperRepresentation school = new ProtocolMapperRepresentation();
		school.setName("school_ids");
		school.setProtocol("openid-connect");
		school.setProtocolMapper("oidc-hardcoded-claim-mapper");
		school.setConfig(Map.of("claim.name", "school_ids", "claim.value", schoolId.toString(), "jsonType.label", "String",
				"access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
				"introspection.token.claim", "true"));
		return school;
	}

	private static ProtocolMapperRepresentation attribute(String name, boolean multivalued) {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName(name);
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper("oidc-usermodel-attribute-mapper");
		Map<String, String> config = new HashMap<>(Map.of("user.attribute", name, "claim.name", name, "jsonType.label", "String",
				"access.token.claim", "true", "id.token.claim", "true", "userinfo.token.claim", "true",
				"introspection.token.claim", "true", "multivalued", Boolean.toString(multivalued)));
		if (multivalued) {
			config.put("aggregate.attrs", "false");
		}
		mapper.setConfig(config);
		return mapper;
	}
}
