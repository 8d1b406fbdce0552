package org.ejd.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of a plausible envelope version ({@code ejd.kafka.versions.*}, docs/adr/0059).
 *
 * @param maxSequenceJump how far a {@code sequence} version may lie above the highest one the consumer applied
 * @param maxClockSkew how far an {@code epoch-millis} version may lie after now by the business clock
 * @param maxDaysAhead how many days after today an {@code epoch-day} version may lie
 */
@ConfigurationProperties("ejd.kafka.versions")
public record KafkaVersionProperties(
		@DefaultValue("1000") long maxSequenceJump,
		@DefaultValue("10m") Duration maxClockSkew,
		@DefaultValue("31") int maxDaysAhead) {
}
