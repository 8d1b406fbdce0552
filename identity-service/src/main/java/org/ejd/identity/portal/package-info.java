/**
 * Regional portal accounts linked to diary accounts (A6, A7): a portal links its user once, by SNILS
 * or by the diary credentials the user types once; afterwards Keycloak brokers the portal's login
 * to the diary without asking again (ADR 0009).
 */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.portal;
