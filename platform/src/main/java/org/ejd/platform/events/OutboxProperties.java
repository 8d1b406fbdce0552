package org.ejd.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay ({@code ejd.outbox.*}).
 *
 * @param source CloudEvents {@code source} of this service's events, e.g. {@code /ejd/journal-service}
 * @param retryInterval how often failed publications (Kafka was unreachable) are sent again
 * @param retryMinAge how old a failed publication must be before it is sent again
 */
@ConfigurationProperties("ejd.outbox")
public record OutboxProperties(
		String source,
		@DefaultValue("5s") Duration retryInterval,
		@DefaultValue("3s") Duration retryMinAge) {
}
