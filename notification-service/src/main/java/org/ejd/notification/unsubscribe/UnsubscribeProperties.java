package org.ejd.notification.unsubscribe;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One-click unsubscribe ({@code ejd.notification.unsubscribe.*}).
 *
 * @param secret the HMAC key that signs unsubscribe tokens, at least 32 characters, from the environment
 *        ({@code EJD_NOTIFICATION_UNSUBSCRIBE_SECRET}); no default: a known key would let anyone unsubscribe anyone
 */
@ConfigurationProperties("ejd.notification.unsubscribe")
public record UnsubscribeProperties(String secret) {

	public UnsubscribeProperties {
		if (secret == null || secret.length() < 32) {
			throw new IllegalArgumentException("ejd.notification.unsubscribe.secret must be set, at least 32 characters");
		}
	}
}
