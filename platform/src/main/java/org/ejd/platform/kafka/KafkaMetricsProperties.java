package org.ejd.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka as Prometheus sees it ({@code ejd.kafka.metrics.*}).
 *
 * @param lagInterval how often the consumer groups' committed offsets are compared with the topics' ends (one admin
 *        round trip per group); the lag gauges keep the last answer in between
 */
@ConfigurationProperties("ejd.kafka.metrics")
public record KafkaMetricsProperties(@DefaultValue("15s") Duration lagInterval) {
}
