/** What consent-service publishes on {@code consent.*.v1}: consents, delivery forms, contacts and notification preferences. */
@NullMarked
package org.ejd.contracts.consent;

import org.jspecify.annotations.NullMarked;
