/**
 * RFC 8058 one-click unsubscribe: the List-Unsubscribe link of a message carries a signed token of the
 * message; a POST with {@code List-Unsubscribe=One-Click} takes that channel off that kind of information
 * for that recipient and student, here at once and at consent-service (the owner of preferences) by event.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.unsubscribe;
