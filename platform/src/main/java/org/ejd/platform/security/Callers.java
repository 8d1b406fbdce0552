package org.ejd.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads a {@link Caller} from a Keycloak JWT. */
public final class Callers {

	private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2}");

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
				regionCodes(jwt), roles(jwt), String.valueOf(jwt.getClaimAsString("azp")));
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
		Set<UUID> ids = new LinkedHashSet<>();
		for (Object value : values(jwt, "school_ids")) {
			UUID id = parse(String.valueOf(value));
			if (id != null) {
				ids.add(id);
			}
		}
		return Set.copyOf(ids);
	}

	/** Two-digit region codes; anything else in the claim is ignored, as it can match no region. */
	private static Set<String> regionCodes(Jwt jwt) {
		Set<String> codes = new LinkedHashSet<>();
		for (Object value : values(jwt, "region_codes")) {
			String code = String.valueOf(value).strip();
			if (REGION_CODE.matcher(code).matches()) {
				codes.add(code);
			}
		}
		return Set.copyOf(codes);
	}

	/** A multi-valued claim: Keycloak writes a list, or a single value when the mapper is not multi-valued. */
	private static Collection<?> values(Jwt jwt, String name) {
		Object claim = jwt.getClaims().get(name);
		return claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
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
