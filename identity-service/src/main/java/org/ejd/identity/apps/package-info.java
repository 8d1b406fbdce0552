/**
 * A8: third-party and mobile apps a school or a region registers. Each is its own public Keycloak client (PKCE, consent
 * screen, refresh tokens rotated by the realm), made and suspended through the admin client; tokens name it in azp.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.apps;
