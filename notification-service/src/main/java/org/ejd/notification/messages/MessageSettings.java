package org.ejd.notification.messages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal messages ({@code ejd.notification.messages.*}).
 *
 * @param perMinute how many messages one person may send in a minute (new threads included)
 * @param maxLength the longest message, in characters
 */
@ConfigurationProperties("ejd.notification.messages")
record MessageSettings(@DefaultValue("10") int perMinute, @DefaultValue("4000") int maxLength) {
}
