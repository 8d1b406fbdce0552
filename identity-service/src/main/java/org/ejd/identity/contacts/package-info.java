/**
 * Where a holder can be sent a secret (an access code, a temporary password): the verified contacts
 * consent-service announces, kept masked. The school's answer names the channel and the masked
 * address; notification-service, which has the address, delivers.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.contacts;
