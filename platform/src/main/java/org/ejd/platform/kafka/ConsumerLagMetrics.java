package org.ejd.platform.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * {@code ejd_kafka_consumer_lag{group, topic}}: how many records each topic still holds for each of this service's
 * consumer groups, i.e. the partitions' end offsets minus the group's committed offsets (the earliest offset where the
 * group has committed nothing yet). Asked of the broker on a schedule, not of the consumers, so a stopped or stuck
 * listener shows as a growing lag instead of a missing metric; a round the broker does not answer keeps the last values.
 */
public final class ConsumerLagMetrics implements MeterBinder, SmartInitializingSingleton, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ConsumerLagMetrics.class);

	private static final long TIMEOUT_SECONDS = 5;

	private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;

	private final KafkaAdmin kafkaAdmin;

	private final Map<GroupTopic, AtomicLong> lags = new ConcurrentHashMap<>();

	private final Duration interval;

	private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

	private volatile @Nullable MeterRegistry registry;

	private @Nullable Admin admin;

	public ConsumerLagMetrics(ObjectProvider<KafkaListenerEndpointRegistry> listeners, KafkaAdmin kafkaAdmin, Duration interval) {
		this.listeners = listeners;
		this.kafkaAdmin = kafkaAdmin;
		this.interval = interval;
		scheduler.setThreadNamePrefix("consumer-lag-");
		scheduler.setVirtualThreads(true);
	}

	/** Rounds start once every bean exists, so that no round asks for the listener registry while the context is built. */
	@Override
	public void afterSingletonsInstantiated() {
		((TaskScheduler) scheduler).scheduleWithFixedDelay(this::refreshQuietly, interval);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		lags.forEach((key, value) -> register(registry, key, value));
	}

	/** One round: the lag of every group and topic this service's listeners consume. */
	public Map<GroupTopic, Long> refresh() throws Exception {
		Map<String, Set<String>> topicsByGroup = new HashMap<>();
		KafkaListenerEndpointRegistry containers = listeners.getIfAvailable();
		for (MessageListenerContainer container : containers == null ? java.util.List.<MessageListenerContainer>of()
				: containers.getListenerContainers()) {
			String group = container.getGroupId();
			String[] topics = container.getContainerProperties().getTopics();
			if (group != null && topics != null) {
				topicsByGroup.computeIfAbsent(group, g -> new HashSet<>()).addAll(java.util.List.of(topics));
			}
		}
		Map<GroupTopic, Long> round = new HashMap<>();
		if (topicsByGroup.isEmpty()) {
			return round;
		}
		Admin client = admin();
		Set<String> allTopics = new HashSet<>();
		topicsByGroup.values().forEach(allTopics::addAll);
		Map<String, TopicDescription> described = client.describeTopics(allTopics).allTopicNames()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Set<TopicPartition> partitions = new HashSet<>();
		described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
		Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(client, partitions, OffsetSpec.latest());
		Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(client, partitions, OffsetSpec.earliest());
		for (var entry : topicsByGroup.entrySet()) {
			Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(entry.getKey())
				.partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			for (TopicPartition partition : partitions) {
				if (!entry.getValue().contains(partition.topic())) {
					continue;
				}
				OffsetAndMetadata done = committed.get(partition);
				long from = done != null ? done.offset() : starts.get(partition).offset();
				long lag = Math.max(0, ends.get(partition).offset() - from);
				round.merge(new GroupTopic(entry.getKey(), partition.topic()), lag, Long::sum);
			}
		}
		round.forEach((key, lag) -> lags.computeIfAbsent(key, this::newGauge).set(lag));
		return round;
	}

	private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin client, Collection<TopicPartition> partitions,
			OffsetSpec spec) throws Exception {
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach(p -> request.put(p, spec));
		return client.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	private AtomicLong newGauge(GroupTopic key) {
		AtomicLong value = new AtomicLong();
		MeterRegistry bound = registry;
		if (bound != null) {
			register(bound, key, value);
		}
		return value;
	}

	private static void register(MeterRegistry registry, GroupTopic key, AtomicLong value) {
		Gauge.builder("ejd.kafka.consumer.lag", value, AtomicLong::get)
			.description("Records a topic still holds for a consumer group (end offset minus committed offset)")
			.tags("group", key.group(), "topic", key.topic())
			.register(registry);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.debug("Consumer lag not measured this round: {}", ex.toString());
		}
	}

	private synchronized Admin admin() {
		if (admin == null) {
			admin = Admin.create(kafkaAdmin.getConfigurationProperties());
		}
		return admin;
	}

	@Override
	public synchronized void close() {
		scheduler.close();
		if (admin != null) {
			admin.close(Duration.ofSeconds(1));
		}
	}

	/** A consumer group and one topic it reads. */
	public record GroupTopic(String group, String topic) {
	}
}
