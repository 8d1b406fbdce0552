/** Decisions per recipient and channel, the outbox of sends, and the scheduled sender (N2, N3). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.delivery;
