package org.ejd.platform.security;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the Keycloak token says: the person (claim {@code person_id}), the schools
 * they act in (claim {@code school_ids}), the regions a region operator serves (claim
 * {@code region_codes}, two-digit codes of subjects of the Russian Federation) and their realm
 * roles. Use cases decide by data with it: a guardian's represented students, a teacher's
 * assignments, a school admin's school, a region operator's regions.
 *
 * @param subject the token's {@code sub}
 * @param personId the eJD person, or null for a client-credentials caller such as a portal
 * @param clientId the OAuth2 client the token was issued to ({@code azp})
 */
public record Caller(String subject, @Nullable UUID personId, Set<UUID> schoolIds, Set<String> regionCodes, Set<Role> roles,
		String clientId) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean actsIn(UUID schoolId) {
		return schoolIds.contains(schoolId);
	}

	/** Whether the token names this region among its {@code region_codes}; the role is checked separately. */
	public boolean serves(String regionCode) {
		return regionCodes.contains(regionCode);
	}

	/** The person id, for use cases that only people (not portals) may call. */
	public UUID person() {
		if (personId == null) {
			throw new org.springframework.security.access.AccessDeniedException("token carries no person_id");
		}
		return personId;
	}

	public boolean is(UUID person) {
		return person.equals(personId);
	}
}
