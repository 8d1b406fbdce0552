package org.ejd.identity.apps.domain;

import java.util.List;
import java.util.Optional;

/**
 * What kind of client an app is. A {@code public} app (a web or mobile front-end) signs people in with the authorization
 * code and PKCE and holds no secret; a {@code machine} app (a school's own information system) calls with client
 * credentials only, as its school, and holds a secret that eJD shows once and never keeps (ADR 0052).
 */
public enum AppKind {

	PUBLIC("public"), MACHINE("machine");

	private final String wireName;

	AppKind(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return wireName;
	}

	/** The kind a registration names; no name is a public app, as before machine apps existed. */
	public static Optional<AppKind> named(String name) {
		for (AppKind kind : values()) {
			if (kind.wireName.equals(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The scopes this kind of app may ask for, each at most once. */
	public boolean allows(List<String> scopes) {
		return this == PUBLIC ? AppScopes.allowed(scopes) : AppScopes.machineAllowed(scopes);
	}
}
