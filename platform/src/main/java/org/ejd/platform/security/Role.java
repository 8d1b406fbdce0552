package org.ejd.platform.security;

import java.util.Optional;

/** Realm roles of the {@code ejd} Keycloak realm. */
public enum Role {

	STUDENT("student"), GUARDIAN("guardian"), TEACHER("teacher"), CLASS_TEACHER("class-teacher"),
	DEPUTY_HEAD("deputy-head"), SCHOOL_ADMIN("school-admin"), REGION_OPERATOR("region-operator"),
	/** A regional portal calling with client credentials. */
	PORTAL("portal"),
	/** A school's access-control system (a turnstile, a guard's tablet) posting entries and exits with client credentials. */
	ACCESS_CONTROL("access-control");

	private final String realmName;

	Role(String realmName) {
		this.realmName = realmName;
	}

	public String realmName() {
		return realmName;
	}

	/** Spring Security authority, e.g. {@code ROLE_school-admin}. */
	public String authority() {
		return "ROLE_" + realmName;
	}

	public static Optional<Role> ofRealmName(String name) {
		for (Role role : values()) {
			if (role.realmName.equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}
}
