/** C1: consent and refusal records with their append-only history, and its export for an audit. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.records;
