/** consent-service: consent (C1), delivery form (C2), contacts and preferences (C3, N2). */
@org.jspecify.annotations.NullMarked
package org.ejd.consent;
