package org.ejd.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;

/**
 * Sets a stopped consumer group's offsets back to the first record at or after a time on each partition of its
 * topics (a partition with none: its end), as
 * {@code kafka-consumer-groups.sh --reset-offsets --to-datetime ... --execute} does: the operator's replay step after a
 * reader's database is restored (docs/operations.md).
 */
public final class ConsumerGroupRewind {

	private ConsumerGroupRewind() {
	}

	/**
	 * Rewinds the group; waits (up to a minute) for its members to have left. Returns the offsets set.
	 * @param client the admin client's properties: bootstrap servers and credentials ({@link KafkaServer#superUserProperties()})
	 */
	public static Map<TopicPartition, Long> rewind(Map<String, String> client, String group, Collection<String> topics, Instant to) {
		Properties properties = new Properties();
		properties.putAll(client);
		try (Admin admin = Admin.create(properties)) {
			Map<TopicPartition, OffsetSpec> atTime = new HashMap<>();
			Map<TopicPartition, OffsetSpec> atEnd = new HashMap<>();
			for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
				topic.partitions().forEach(p -> {
					TopicPartition partition = new TopicPartition(topic.name(), p.partition());
					atTime.put(partition, OffsetSpec.forTimestamp(to.toEpochMilli()));
					atEnd.put(partition, OffsetSpec.latest());
				});
			}
			Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(atTime).all().get();
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(atEnd).all().get();
			Map<TopicPartition, Long> offsets = new HashMap<>();
			found.forEach((partition, info) -> offsets.put(partition, info.offset() >= 0 ? info.offset() : ends.get(partition).offset()));
			Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
			offsets.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
			long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
			while (true) {
				try {
					admin.alterConsumerGroupOffsets(group, commit).all().get();
					return Map.copyOf(offsets);
				}
				catch (ExecutionException ex) {
					boolean membersLeft = !(ex.getCause() instanceof GroupNotEmptyException || ex.getCause() instanceof UnknownMemberIdException);
					if (membersLeft || System.nanoTime() > deadline) {
						throw new IllegalStateException("cannot rewind consumer group " + group + " (stop its consumers first)", ex);
					}
					Thread.sleep(200);
				}
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("cannot rewind consumer group " + group, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
