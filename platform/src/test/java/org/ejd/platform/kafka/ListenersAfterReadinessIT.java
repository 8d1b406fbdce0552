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
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A service's Kafka listeners start after it is ready, on a thread of their own (docs/adr/0092), in a real Spring
 * application against the real broker: the containers are not running when the context has refreshed, they start after
 * the ready event and read what was sent before, a container not to start by itself stays stopped, a close while they
 * start leaves none running, and a container that fails to start breaks the service's liveness. The topics the service
 * declares are created after it is ready too, before its listeners subscribe (docs/adr/0093).
 */
class ListenersAfterReadinessIT {

	private static final String TOPIC = "platform.listeners-" + UUID.randomUUID();

	/** A topic no one creates but the admin of {@link Declaring}. */
	private static final String DECLARED = "platform.declared-" + UUID.randomUUID();

	/** Whether {@link #DECLARED} existed each time {@link Declaring}'s listener built its consumer. */
	private static final Queue<Boolean> DECLARED_AT_SUBSCRIBE = new ConcurrentLinkedQueue<>();

	/** How long each of {@link Many}'s consumers takes to be built. */
	private static final Duration SLOW_CONSUMER = Duration.ofMillis(150);

	/** How many consumers {@link Many}'s containers have built. */
	private static final java.util.concurrent.atomic.AtomicInteger CONSUMERS_BUILT = new java.util.concurrent.atomic.AtomicInteger();

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
	void theDeclaredTopicsAreCreatedAfterTheServiceIsReadyAndBeforeItsListenersSubscribe() throws Exception {
		Map<String, Boolean> existedAtStarted = new HashMap<>();
		try (ConfigurableApplicationContext context = application(Declaring.class, Map.of())
			.listeners((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof ApplicationStartedEvent) {
					existedAtStarted.put(DECLARED, exists(DECLARED));
				}
			})
			.run()) {
			KafkaListenerEndpointRegistry registry = context.getBean(KafkaListenerEndpointRegistry.class);

			assertThat(existedAtStarted).as("the context's refresh created no topic").containsExactly(Map.entry(DECLARED, false));
			Eventually.until(() -> registry.getListenerContainer("declared-reader").isRunning(), running -> running,
					Duration.ofSeconds(30));
			assertThat(DECLARED_AT_SUBSCRIBE).as("the topic existed when the listener's consumer was built").containsExactly(true);
			String value = "declared-" + UUID.randomUUID();
			send(DECLARED, value);
			Eventually.until(() -> List.copyOf(RECEIVED), received -> received.contains(value), Duration.ofSeconds(30));
		}
	}

	@Test
	void aCloseWhileTheListenersStartLeavesNoneRunningAndBuildsNoMoreConsumers() throws Exception {
		List<MessageListenerContainer> containers;
		try (ConfigurableApplicationContext context = application(Many.class, Map.of()).run()) {
			containers = List.copyOf(context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers());
			assertThat(containers).hasSize(8);
		}
		int builtByTheClose = CONSUMERS_BUILT.get();
		assertThat(builtByTheClose).as("the close came while the containers were being started").isLessThan(8);
		assertThat(containers).noneMatch(MessageListenerContainer::isRunning);
		Thread.sleep(SLOW_CONSUMER.toMillis() * 4);
		assertThat(CONSUMERS_BUILT.get()).as("no consumer built after the close").isEqualTo(builtByTheClose);
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

	private static boolean exists(String topic) {
		try (Admin admin = Admin.create(new HashMap<String, Object>(RealServers.kafka().superUserProperties()))) {
			return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void send(String value) throws Exception {
		send(TOPIC, value);
	}

	private static void send(String topic, String value) throws Exception {
		Map<String, Object> properties = new HashMap<>(RealServers.kafka().superUserProperties());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
			producer.send(new ProducerRecord<>(topic, "key", value)).get(15, TimeUnit.SECONDS);
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
			return factory(properties, () -> {
			});
		}

		/** Containers whose consumers run {@code beforeEachConsumer} as each of them is built. */
		static ConcurrentKafkaListenerContainerFactory<String, String> factory(ConsumerProperties properties,
				Runnable beforeEachConsumer) {
			var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
			factory.setConsumerFactory(new DefaultKafkaConsumerFactory<String, String>(properties.all()) {

				@Override
				public org.apache.kafka.clients.consumer.Consumer<String, String> createConsumer(String groupId,
						String clientIdPrefix, String clientIdSuffix, java.util.Properties overrides) {
					beforeEachConsumer.run();
					return super.createConsumer(groupId, clientIdPrefix, clientIdSuffix, overrides);
				}
			});
			return factory;
		}

		@Bean
		ListenersAfterReadiness listenersAfterReadiness(ObjectProvider<KafkaAdmin> admin) {
			return new ListenersAfterReadiness(admin.getIfAvailable());
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Declaring extends Containers {

		/** The admin as Boot's would be, creating the declared topics at start unless told not to. */
		@Bean
		KafkaAdmin kafkaAdmin() {
			return new KafkaAdmin(new HashMap<String, Object>(RealServers.kafka().superUserProperties()));
		}

		@Bean
		NewTopic declared() {
			return new NewTopic(DECLARED, 1, (short) 1);
		}

		/** Consumers that note whether the declared topic is there when they are built. */
		@Bean
		@Override
		ConcurrentKafkaListenerContainerFactory<String, String> kafkaListenerContainerFactory(ConsumerProperties properties) {
			return factory(properties, () -> DECLARED_AT_SUBSCRIBE.add(exists(DECLARED)));
		}

		@KafkaListener(id = "declared-reader", topics = "#{T(org.ejd.platform.kafka.ListenersAfterReadinessIT).declared()}",
				groupId = "#{T(java.util.UUID).randomUUID().toString()}")
		void read(String value) {
			RECEIVED.add(value);
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

		/** Consumers built slowly (a loaded box), so that the close comes while the containers are being started. */
		@Bean
		@Override
		ConcurrentKafkaListenerContainerFactory<String, String> kafkaListenerContainerFactory(ConsumerProperties properties) {
			return factory(properties, () -> {
				try {
					Thread.sleep(SLOW_CONSUMER);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				CONSUMERS_BUILT.incrementAndGet();
			});
		}

		/** Eight containers, each its own group, registered as {@code @KafkaListener} would register them. */
		@Bean
		KafkaListenerConfigurer eightListeners() {
			return registrar -> {
				var handlers = new DefaultMessageHandlerMethodFactory();
				handlers.afterPropertiesSet();
				for (int i = 1; i <= 8; i++) {
					var endpoint = new MethodKafkaListenerEndpoint<String, String>();
					endpoint.setId("many-" + i);
					endpoint.setGroupId(UUID.randomUUID().toString());
					endpoint.setTopics(TOPIC);
					endpoint.setBean(new Ignoring());
					endpoint.setMethod(Ignoring.READ);
					endpoint.setMessageHandlerMethodFactory(handlers);
					registrar.registerEndpoint(endpoint);
				}
			};
		}
	}

	/** A listener that reads and keeps nothing. */
	public static final class Ignoring {

		static final java.lang.reflect.Method READ;

		static {
			try {
				READ = Ignoring.class.getMethod("read", String.class);
			}
			catch (NoSuchMethodException e) {
				throw new ExceptionInInitializerError(e);
			}
		}

		public void read(String value) {
		}
	}

	/** The topic, for the listeners' SpEL. */
	public static String topic() {
		return TOPIC;
	}

	/** The declared topic, for the listener's SpEL. */
	public static String declared() {
		return DECLARED;
	}
}
