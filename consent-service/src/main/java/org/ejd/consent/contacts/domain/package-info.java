/** Contacts and their verification: plain Java, no Spring. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.contacts.domain;
