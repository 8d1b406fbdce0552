package org.ejd.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A service's Kafka listeners start after it is ready, on a thread of their own (docs/adr/0092), in a real Spring
 * application against the real broker: the containers are not running when the context has refreshed, they start after
 * the ready event and read what was sent before, a container not to start by itself stays stopped, a close while they
 * start leaves none running, and a container that fails to start breaks the service's liveness.
 */
class ListenersAfterReadinessIT {

	private static final String TOPIC = "platform.listeners-" + UUID.randomUUID();

	private static final Queue<String> RECEIVED = new ConcurrentLinkedQueue<>();

	@BeforeAll
	static void createTopic() throws Exception {
		try (Admin admin = Admin.create(new HashMap<String, Object>(RealServers.kafka().superUserProperties()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void theListenersStartAfterTheServiceIsReadyAndReadWhatWasSentBefore() throws Exception {
		String value = "sent-before-" + UUID.randomUUID();
		send(value);
		Map<String, Boolean> runningAtStarted = new HashMap<>();
		try (ConfigurableApplicationContext context = application(Listening.class, Map.of())
			.listeners((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof ApplicationStartedEvent started) {
					started.getApplicationContext().getBean(KafkaListenerEndpointRegistry.class).getListenerContainers()
						.forEach(c -> runningAtStarted.put(c.getListenerId(), c.isRunning()));
				}
			})
			.run()) {
			KafkaListenerEndpointRegistry registry = context.getBean(KafkaListenerEndpointRegistry.class);

			assertThat(runningAtStarted).as("when the context has refreshed and the runners ran, no consumer exists yet")
				.containsOnly(Map.entry("reader", false), Map.entry("manual", false));
			Eventually.until(() -> registry.getListenerContainer("reader").isRunning(), running -> running, Duration.ofSeconds(30));
			Eventually.until(() -> List.copyOf(RECEIVED), received -> received.contains(value), Duration.ofSeconds(30));
			assertThat(registry.getListenerContainer("reader").isAutoStartup()).isTrue();
			assertThat(registry.getListenerContainer("manual").isRunning()).as("autoStartup = false is left as it is").isFalse();
		}
	}

	@Test
	void aCloseWhileTheListenersStartLeavesNoneRunning() throws Exception {
		List<MessageListenerContainer> containers;
		try (ConfigurableApplicationContext context = application(Many.class, Map.of()).run()) {
			containers = List.copyOf(context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers());
			assertThat(containers).hasSize(8);
		}
		assertThat(containers).noneMatch(MessageListenerContainer::isRunning);
		Thread.sleep(500);
		assertThat(containers).as("none started after the close").noneMatch(MessageListenerContainer::isRunning);
	}

	@Test
	void aContainerThatFailsToStartBreaksTheServicesLiveness() {
		Queue<AvailabilityChangeEvent<?>> changes = new ConcurrentLinkedQueue<>();
		try (ConfigurableApplicationContext context = application(Listening.class,
				Map.of(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, "org.ejd.NoSuchDeserializer"))
			.listeners((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof AvailabilityChangeEvent<?> change) {
					changes.add(change);
				}
			})
			.run()) {
			AvailabilityChangeEvent<?> broken = Eventually.until(
					() -> changes.stream().filter(c -> c.getState() == LivenessState.BROKEN).findFirst(), java.util.Optional::isPresent,
					Duration.ofSeconds(30)).orElseThrow();
			assertThat(broken.getSource()).as("the failure is the event's source, for the log and the probe's details")
				.isInstanceOf(RuntimeException.class);
			assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause((Throwable) broken.getSource()))
				.hasMessageContaining("org.ejd.NoSuchDeserializer");
		}
	}

	private static SpringApplicationBuilder application(Class<?> configuration, Map<String, Object> consumerOverrides) {
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
			.initializers(context -> context.getBeanFactory().registerSingleton("consumerProperties",
					new ConsumerProperties(consumerOverrides)));
	}

	private static void send(String value) throws Exception {
		Map<String, Object> properties = new HashMap<>(RealServers.kafka().superUserProperties());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
			producer.send(new ProducerRecord<>(TOPIC, "key", value)).get(15, TimeUnit.SECONDS);
		}
	}

	/** What the test changes in the consumers' configuration (a class that does not exist, to make a start fail). */
	record ConsumerProperties(Map<String, Object> overrides) {

		Map<String, Object> all() {
			Map<String, Object> properties = new HashMap<>(RealServers.kafka().superUserProperties());
			properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
			properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
			properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
			properties.putAll(overrides);
			return properties;
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableKafka
	static class Containers {

		@Bean
		ConcurrentKafkaListenerContainerFactory<String, String> kafkaListenerContainerFactory(ConsumerProperties properties) {
			var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
			factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(properties.all()));
			return factory;
		}

		@Bean
		ListenersAfterReadiness listenersAfterReadiness() {
			return new ListenersAfterReadiness();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Listening extends Containers {

		@KafkaListener(id = "reader", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void read(String value) {
			RECEIVED.add(value);
		}

		@KafkaListener(id = "manual", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}", autoStartup = "false")
		void manual(String value) {
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Many extends Containers {

		@KafkaListener(id = "many", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void one(String value) {
		}

		@KafkaListener(id = "many-2", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void two(String value) {
		}

		@KafkaListener(id = "many-3", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void three(String value) {
		}

		@KafkaListener(id = "many-4", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void four(String value) {
		}

		@KafkaListener(id = "many-5", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void five(String value) {
		}

		@KafkaListener(id = "many-6", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void six(String value) {
		}

		@KafkaListener(id = "many-7", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void seven(String value) {
		}

		@KafkaListener(id = "many-8", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).topic()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void eight(String value) {
		}
	}

	/** The topic, for the listeners' SpEL. */
	public static String topic() {
		return TOPIC;
	}
}
