/** Delivery form: plain Java, no Spring. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.delivery.domain;
