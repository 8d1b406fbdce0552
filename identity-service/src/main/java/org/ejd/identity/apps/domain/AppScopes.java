package org.ejd.identity.apps.domain;

import java.util.List;
import java.util.Set;

/**
 * The OAuth2 scopes an app may ask for beyond the ones every eJD client has (the realm roles and the eJD claims that
 * decide what a token may read): the guardian approves them on Keycloak's consent screen.
 */
public final class AppScopes {

	public static final Set<String> REQUESTABLE = Set.of("profile", "email", "phone", "offline_access");

	private AppScopes() {
	}

	public static boolean allowed(List<String> scopes) {
		return scopes.size() <= REQUESTABLE.size() && REQUESTABLE.containsAll(scopes) && Set.copyOf(scopes).size() == scopes.size();
	}
}
