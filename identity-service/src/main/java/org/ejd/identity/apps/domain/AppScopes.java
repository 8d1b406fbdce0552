package org.ejd.identity.apps.domain;

import java.util.List;
import java.util.Set;

/**
 * The OAuth2 scopes an app may ask for beyond the ones every eJD client has (the realm roles and the eJD claims that
 * decide what a token may read): the guardian approves them on Keycloak's consent screen.
 */
public final class AppScopes {

	public static final Set<String> REQUESTABLE = Set.of("profile", "email", "phone", "offline_access");

	/**
	 * What a machine app (a school's information system) may ask for: the OneRoster 1.2 read scopes, as the realm's own
	 * school client {@code ejd-oneroster-school} has them; its school comes from its token's {@code school_ids} (ADR 0052).
	 * Gradebook writes stay with clients the journal binds by configuration ({@code ejd.journal.integration-clients}).
	 */
	public static final Set<String> MACHINE_REQUESTABLE = Set.of("roster.readonly", "gradebook.readonly");

	/** The realm's name of a OneRoster scope (the specification's URI). */
	public static final String ONEROSTER_PREFIX = "https://purl.imsglobal.org/spec/or/v1p2/scope/";

	private AppScopes() {
	}

	public static boolean allowed(List<String> scopes) {
		return scopes.size() <= REQUESTABLE.size() && REQUESTABLE.containsAll(scopes) && Set.copyOf(scopes).size() == scopes.size();
	}

	public static boolean machineAllowed(List<String> scopes) {
		return scopes.size() <= MACHINE_REQUESTABLE.size() && MACHINE_REQUESTABLE.containsAll(scopes)
				&& Set.copyOf(scopes).size() == scopes.size();
	}

	/** The client scopes of the realm a machine app's scopes are. */
	public static List<String> realmNames(List<String> machineScopes) {
		return machineScopes.stream().map(scope -> ONEROSTER_PREFIX + scope).toList();
	}
}
