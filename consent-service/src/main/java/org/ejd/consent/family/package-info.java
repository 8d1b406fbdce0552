/** Who represents whom, and who may act for whom: consent-service's projection of identity's events. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.family;
