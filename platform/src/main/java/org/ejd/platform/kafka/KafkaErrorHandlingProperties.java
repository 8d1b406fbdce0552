package org.ejd.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consumer retries and dead letters ({@code ejd.kafka.*}).
 *
 * @param retryInitialInterval first back-off before a failed record is tried again
 * @param retryMaxInterval longest back-off between tries
 * @param retryMaxElapsed after this long of failing, the record goes to the dead-letter topic
 * @param deadLetterSuffix appended to the topic name for its dead-letter topic
 */
@ConfigurationProperties("ejd.kafka")
public record KafkaErrorHandlingProperties(
		@DefaultValue("500ms") Duration retryInitialInterval,
		@DefaultValue("10s") Duration retryMaxInterval,
		@DefaultValue("30s") Duration retryMaxElapsed,
		@DefaultValue(".dlt") String deadLetterSuffix) {
}
