package org.ejd.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;

class KafkaErrorHandlerTest {

	/**
	 * Seeking back to a failed record makes the consumer fetch it again, and that fetch waits behind the one already
	 * parked at the broker for {@code fetch.max.wait.ms} (5 s, ADR 0078): every try took five seconds more than its
	 * back-off, a refused record a minute instead of production's 30 s (ADR 0111).
	 */
	@Test
	void aFailedRecordIsTriedAgainFromThePollItCameInWithoutFetchingItAgain() {
		DefaultKafkaProducerFactory<Object, Object> producers = new DefaultKafkaProducerFactory<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		DefaultErrorHandler handler = new KafkaPlatformAutoConfiguration().kafkaErrorHandler(new KafkaTemplate<>(producers),
				new KafkaErrorHandlingProperties(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(30), ".dlt"),
				new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));

		assertThat(handler.isSeekAfterError()).isFalse();
	}
}
