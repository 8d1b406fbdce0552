package org.ejd.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads a {@link Caller} from a Keycloak JWT. */
public final class Callers {

	private Callers() {
	}

	/** The caller of the current request. */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return of(token.getToken());
		}
		throw new AuthenticationCredentialsNotFoundException("no JWT in the security context");
	}

	public static Caller of(Jwt jwt) {
		String person = jwt.getClaimAsString("person_id");
		return new Caller(jwt.getSubject(), person == null || person.isBlank() ? null : parse(person), schoolIds(jwt),
				roles(jwt), String.valueOf(jwt.getClaimAsString("azp")));
	}

	static Set<Role> roles(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Object realmAccess = jwt.getClaims().get("realm_access");
		if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> names) {
			for (Object name : names) {
				Role.ofRealmName(String.valueOf(name)).ifPresent(roles::add);
			}
		}
		return roles;
	}

	private static Set<UUID> schoolIds(Jwt jwt) {
		Object claim = jwt.getClaims().get("school_ids");
		Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
		Set<UUID> ids = new LinkedHashSet<>();
		for (Object value : values) {
			UUID id = parse(String.valueOf(value));
			if (id != null) {
				ids.add(id);
			}
		}
		return Set.copyOf(ids);
	}

	private static UUID parse(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
