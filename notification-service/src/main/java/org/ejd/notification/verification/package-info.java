/** Consent-service verification codes, delivered at once to the very address (C3). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.verification;
