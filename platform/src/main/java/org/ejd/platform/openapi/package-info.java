/** The OpenAPI contract every service writes the same way: Keycloak security schemes, problem responses, limits. */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.openapi;
