package org.ejd.diary.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * How many events each topic still holds for the diary: per listener container (its group), the end offset of each
 * assigned partition minus the group's committed offset, summed per topic. Asked of the broker, not of the consumers,
 * through one admin client kept for the service's life (it reconnects by itself) and closed on shutdown: one per
 * status check, every few seconds, cost a connection, a metadata round and a network thread each time (issue 13).
 */
@Component
class ConsumerLag implements DisposableBean {

	/** The client's id: the one admin client of the status, seen as such in the JVM's Kafka app-info. */
	static final String CLIENT_ID = "ejd-diary-consumer-lag";

	private final KafkaListenerEndpointRegistry listeners;

	private final KafkaAdmin admin;

	private @Nullable Admin client;

	private boolean closed;

	ConsumerLag(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
		this.listeners = listeners;
		this.admin = admin;
	}

	/** The one client, created at the first question. */
	private synchronized Admin client() {
		if (closed) {
			throw new KafkaException("the diary is shutting down");
		}
		if (client == null) {
			Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
			// a frozen or unreachable broker must not hold the caller (nor close()) for the client's default minute
			config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
			config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
			config.put(AdminClientConfig.CLIENT_ID_CONFIG, CLIENT_ID);
			client = Admin.create(config);
		}
		return client;
	}

	@Override
	public synchronized void destroy() {
		closed = true;
		if (client != null) {
			client.close(Duration.ofSeconds(5));
			client = null;
		}
	}

	/** Lag per topic; a topic whose offsets cannot be read now is left out (the status says what it knows). */
	Map<String, Long> perTopic() {
		Map<String, Long> lag = new TreeMap<>();
		read(lag);
		return lag;
	}

	/** Lag per topic, or empty when the broker did not answer in time (docs/adr/0038: the diary is then stale). */
	java.util.Optional<Map<String, Long>> perTopicIfReachable() {
		Map<String, Long> lag = new TreeMap<>();
		return read(lag) ? java.util.Optional.of(lag) : java.util.Optional.empty();
	}

	private boolean read(Map<String, Long> lag) {
		try {
			Admin client = client();
			client.describeCluster().nodes().get(5, TimeUnit.SECONDS);
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
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | KafkaException ex) {
			// the broker did not answer in time: report what was gathered
			return false;
		}
	}
}
