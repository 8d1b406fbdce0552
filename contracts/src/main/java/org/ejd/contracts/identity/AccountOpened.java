package org.ejd.contracts.identity;

import java.util.List;
import java.util.UUID;

/** A person got a user account, issued at the school desk or opened with a personal access code; no login, password or code. */
public record AccountOpened(UUID personId, String kind, List<String> roles, List<UUID> schoolIds, String via)
		implements IdentityEvent {

	public static final String TYPE = "identity.account.opened";

	public static final String TOPIC = "identity.accounts.v1";
}
