/** Delivery status per message for the school admin, and what missed the informing deadlines (N3, seed 004). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.status;
