/** What notification-service publishes on {@code notification.*.v1}: contacts that failed permanently. */
@NullMarked
package org.ejd.contracts.notification;

import org.jspecify.annotations.NullMarked;
