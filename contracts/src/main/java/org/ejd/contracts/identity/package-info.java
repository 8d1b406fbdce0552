/** What identity-service publishes on {@code identity.*.v1}: schools, persons, staff, representations and accounts. */
@NullMarked
package org.ejd.contracts.identity;

import org.jspecify.annotations.NullMarked;
