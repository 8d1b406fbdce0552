/** Notification preferences: plain Java, no Spring. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.preferences.domain;
