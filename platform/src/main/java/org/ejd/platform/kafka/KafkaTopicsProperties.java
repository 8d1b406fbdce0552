package org.ejd.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics a service declares at start ({@code ejd.kafka.topics.*}, docs/adr/0020): those of
 * {@code contracts/topics.json} it produces or consumes, each with its dead-letter topic.
 *
 * @param enabled off where the topics are managed outside the services (e.g. by a Strimzi operator)
 * @param partitions partitions of an event topic: the most consumer instances of one group that share its work
 * @param replicationFactor copies of each partition; 1 on one machine, 3 in a region's cluster
 * @param minInsyncReplicas replicas that must have a record before the producer's {@code acks=all} succeeds
 * @param retention how long an event stays readable (a projection rebuilt from scratch starts at a backup)
 * @param deadLetterPartitions partitions of a dead-letter topic (few records, read by people)
 * @param deadLetterRetention how long a dead letter stays, longer than an event: someone has to look at it
 */
@ConfigurationProperties("ejd.kafka.topics")
public record KafkaTopicsProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("3") int partitions,
		@DefaultValue("1") short replicationFactor,
		@DefaultValue("1") int minInsyncReplicas,
		@DefaultValue("30d") Duration retention,
		@DefaultValue("1") int deadLetterPartitions,
		@DefaultValue("90d") Duration deadLetterRetention) {
}
