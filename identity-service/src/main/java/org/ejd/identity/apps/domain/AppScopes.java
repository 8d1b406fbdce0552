package org.ejd.identity.apps.domain;

import java.util.List;
import java.util.Set;

/**
 * The OAuth2 scopes an app may ask for beyond the ones every eJD client has (the realm roles and the eJD claims that
 * decide what a token may read): the guardian approves them on Keycloak's consent screen.
 */
public final class AppScopes {

	public static final Set<String> REQUESTABLE = Set.of("profile", "email", "phone", "offline_access");

	/** OneRoster 1.2's scope to put line items and results; results become the teacher's marks in the journal (ADR 0042). */
	public static final String GRADEBOOK_WRITE = "gradebook.createput";

	/** OneRoster 1.2's scope to delete the line items and results the client put (ADR 0046). */
	public static final String GRADEBOOK_DELETE = "gradebook.delete";

	/**
	 * What a machine app (a school's information system) may ask for: the OneRoster 1.2 scopes the realm's own school
	 * client {@code ejd-oneroster-school} has, reads and gradebook writes; its school comes from its token's
	 * {@code school_ids} (ADR 0052), and the journal enters its results for the teacher because identity told it the app
	 * holds the write scope for that school and is not suspended (ADR 0065).
	 */
	public static final Set<String> MACHINE_REQUESTABLE = Set.of("roster.readonly", "gradebook.readonly", GRADEBOOK_WRITE,
			GRADEBOOK_DELETE);

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
