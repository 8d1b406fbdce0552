package org.ejd.identity.accounts;

import java.util.UUID;

/**
 * A person's roles or schools changed, so their Keycloak user's claims must follow. Kept in the
 * event publication registry until Keycloak has been updated: a Keycloak outage delays, never loses, it.
 */
public record AccountClaimsChanged(UUID personId) {
}
