/** Who may be told what: the projection of identity and consent events (C1–C3, N2). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.recipients;
