/** Consent records and the state they fold to: plain Java, no Spring. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.records.domain;
