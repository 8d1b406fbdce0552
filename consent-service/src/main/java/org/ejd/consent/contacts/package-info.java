/** C3: contacts given in writing or electronically, and the verification of the electronic ones. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.contacts;
