package org.ejd.diary.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * How many events each topic still holds for the diary: per listener container (its group), the end offset of each
 * assigned partition minus the group's committed offset, summed per topic. Asked of the broker, not of the consumers.
 */
@Component
class ConsumerLag {

	private final KafkaListenerEndpointRegistry listeners;

	private final KafkaAdmin admin;

	ConsumerLag(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
		this.listeners = listeners;
		this.admin = admin;
	}

	/** Lag per topic; a topic whose offsets cannot be read now is left out (the status says what it knows). */
	Map<String, Long> perTopic() {
		Map<String, Long> lag = new TreeMap<>();
		try (Admin client = Admin.create(admin.getConfigurationProperties())) {
			for (MessageListenerContainer container : listeners.getListenerContainers()) {
				var assigned = container.getAssignedPartitions();
				if (container.getGroupId() == null || assigned == null || assigned.isEmpty()) {
					continue;
				}
				Set<TopicPartition> partitions = Set.copyOf(assigned);
				Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(container.getGroupId())
					.partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
				Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
				partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
				Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
					.get(5, TimeUnit.SECONDS);
				for (TopicPartition partition : partitions) {
					OffsetAndMetadata done = committed.get(partition);
					long end = ends.get(partition).offset();
					lag.merge(partition.topic(), Math.max(0, end - (done == null ? 0 : done.offset())), Long::sum);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			// the broker did not answer in time: report what was gathered
		}
		return lag;
	}
}
