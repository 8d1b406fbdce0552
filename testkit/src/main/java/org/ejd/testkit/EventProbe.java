package org.ejd.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes raw records on the real broker, as an outside party would. */
public final class EventProbe {

	private EventProbe() {
	}

	/** Waits until a record on the topic (read from its beginning) matches, and returns it. */
	public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match,
			Duration timeout) {
		List<ConsumerRecord<String, String>> found = awaitAll(topic, match, 1, timeout);
		return found.get(0);
	}

	/** Waits until {@code count} records on the topic match, and returns all that matched. */
	public static List<ConsumerRecord<String, String>> awaitAll(String topic, Predicate<ConsumerRecord<String, String>> match,
			int count, Duration timeout) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
					if (match.test(record)) {
						found.add(record);
					}
				}
				if (found.size() >= count) {
					return found;
				}
			}
		}
		throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
				+ ", found " + found.size());
	}

	/** Everything on the topic now, read from the beginning until it is quiet for a moment. */
	public static List<ConsumerRecord<String, String>> readAll(String topic, Duration quiet) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
			consumer.subscribe(List.of(topic));
			long idleSince = System.nanoTime();
			while (System.nanoTime() - idleSince < quiet.toNanos()) {
				var records = consumer.poll(Duration.ofMillis(200));
				if (!records.isEmpty()) {
					records.forEach(found::add);
					idleSince = System.nanoTime();
				}
			}
		}
		return found;
	}

	/** Sends a raw record, e.g. a malformed or duplicated event. */
	public static void send(String topic, String key, String value) {
		send(topic, key, value, Map.of());
	}

	/** Sends a raw record with headers, e.g. a {@code traceparent} as a traced producer writes it. */
	public static void send(String topic, String key, String value, Map<String, String> headers) {
		Properties properties = new Properties();
		// the super user: a test forges and replays records no service may write (docs/adr/0050)
		properties.putAll(RealServers.kafka().superUserProperties());
		properties.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
				ProducerConfig.ACKS_CONFIG, "all"));
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
			headers.forEach((name, header) -> record.headers().add(name, header.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot send to " + topic, ex);
		}
	}

	private static Properties consumerProperties() {
		Properties properties = new Properties();
		properties.putAll(RealServers.kafka().superUserProperties());
		properties.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
		return properties;
	}
}
