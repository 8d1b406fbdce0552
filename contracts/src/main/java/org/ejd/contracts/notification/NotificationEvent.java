package org.ejd.contracts.notification;

import org.ejd.contracts.EventData;

/** The data of an event notification-service publishes; a {@code switch} over it names every type. */
public sealed interface NotificationEvent extends EventData permits ContactBounced, Unsubscribed {
}
