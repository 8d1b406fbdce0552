package org.ejd.platform.kafka;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.EventContractsAutoConfiguration;
import org.ejd.platform.events.InvalidEventException;
import org.ejd.platform.events.VersionRule;
import org.ejd.platform.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import tools.jackson.databind.ObjectMapper;

/**
 * Kafka consumers in every service: retries with exponential back-off, then the record goes to
 * {@code <topic>.dlt} with the reason in the standard {@code kafka_dlt-exception-*} headers.
 * Records that can never be processed (bad JSON, schema violations, implausible versions) skip the retries.
 */
@AutoConfiguration(after = EventContractsAutoConfiguration.class, afterName = {
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
		"org.ejd.platform.time.TimeAutoConfiguration" })
@ConditionalOnClass(KafkaOperations.class)
@EnableConfigurationProperties({ KafkaErrorHandlingProperties.class, KafkaTopicsProperties.class, KafkaMetricsProperties.class,
		KafkaVersionProperties.class })
public class KafkaPlatformAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KafkaPlatformAutoConfiguration.class);

	/** Fails the start of a service with a Kafka client but no Kafka password (the gateway has no client: not asked). */
	@Bean
	@ConditionalOnBean(KafkaOperations.class)
	SmartInitializingSingleton kafkaCredentialsCheck(Environment environment) {
		requireCredentials(environment);
		return () -> {
		};
	}

	/**
	 * A service on a SASL listener (the default, docs/adr/0050) has its own Kafka password from the environment
	 * ({@code EJD_KAFKA_PASSWORD}); without one it would start and then fail every send and poll, so it refuses to start.
	 * A published placeholder is refused by {@code KnownSecretsGuard}.
	 */
	static void requireCredentials(Environment environment) {
		String protocol = environment.getProperty("spring.kafka.security.protocol", "PLAINTEXT");
		String password = environment.getProperty("ejd.kafka.password", "");
		if (protocol.toUpperCase(java.util.Locale.ROOT).startsWith("SASL") && password.isBlank()) {
			throw new IllegalStateException("ejd.kafka.password (EJD_KAFKA_PASSWORD) is not set: the Kafka user "
					+ environment.getProperty("ejd.kafka.username", "?") + " needs its password (docs/adr/0050)");
		}
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	@ConditionalOnBean(KafkaOperations.class)
	DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, KafkaErrorHandlingProperties properties,
			ObjectProvider<MeterRegistry> registry) {
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		var recoverer = new DeadLetterPublishingRecoverer(template, (record, ex) -> {
			log.warn("Record {}-{}@{} goes to the dead-letter topic: {}", record.topic(), record.partition(),
					record.offset(), rootMessage(ex));
			// ejd_kafka_dead_letters_total{topic, reason}: the reason is the root exception's class, never its message
			meters.counter("ejd.kafka.dead.letters", "topic", record.topic(), "reason", rootCause(ex).getClass().getSimpleName())
				.increment();
			// partition -1: the dead-letter topic may have fewer partitions than the source
			return new TopicPartition(record.topic() + properties.deadLetterSuffix(), -1);
		});
		var backOff = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
		backOff.setMaxElapsedTime(properties.retryMaxElapsed().toMillis());
		var handler = new DefaultErrorHandler(recoverer, backOff);
		// a failed record and the rest of its poll are kept and handed to the listener again, not fetched again after a
		// seek: that fetch would wait behind the idle one parked at the broker for fetch.max.wait (ADR 0078, 0111)
		handler.setSeekAfterError(false);
		handler.addNotRetryableExceptions(InvalidEventException.class);
		return handler;
	}

	/**
	 * What a batch listener names as its container post-processor ({@link EventInbox#BATCH_ACKS}): its poll is acknowledged
	 * once, after the poll's one transaction (ADR 0070, 0109).
	 */
	@Bean(EventInbox.BATCH_ACKS)
	static ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> ejdBatchAcks() {
		return container -> container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
	}

	/** Send callbacks (and the outbox's completion update behind them) off the producer's I/O thread, docs/adr/0074. */
	@Bean
	CallbacksOffTheSender<Object, Object> kafkaCallbacksOffTheSender() {
		return new CallbacksOffTheSender<>();
	}

	@Bean
	DefaultKafkaProducerFactoryCustomizer kafkaCallbacksOffTheSenderCustomizer(CallbacksOffTheSender<Object, Object> callbacks) {
		return factory -> addPostProcessor(factory, callbacks);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(JdbcClient.class)
	ProcessedEvents processedEvents(JdbcClient jdbc) {
		return new ProcessedEvents(jdbc);
	}

	/** The bounds of a plausible event version (docs/adr/0059), by the business clock. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ JdbcClient.class, EventContracts.class })
	AppliedVersions appliedVersions(JdbcClient jdbc, EventContracts contracts, @BusinessClock Clock clock,
			KafkaVersionProperties properties) {
		return new AppliedVersions(jdbc, contracts, new VersionRule(clock, properties.maxSequenceJump(), properties.maxClockSkew(),
				properties.maxDaysAhead()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ ProcessedEvents.class, AppliedVersions.class, TransactionTemplate.class, EventContracts.class })
	EventInbox eventInbox(EventContracts contracts, ProcessedEvents processed, AppliedVersions versions,
			TransactionTemplate transactions, ObjectProvider<ObservationRegistry> observations) {
		return new EventInbox(contracts, processed, versions, transactions,
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	/**
	 * The catalogue's topics this service produces or consumes, with their dead-letter topics, created by Boot's
	 * {@link KafkaAdmin} at start when missing (partitions raised, configs brought in line when present); the broker's
	 * auto-creation stays off (docs/adr/0020).
	 */
	@Bean
	@ConditionalOnBean(KafkaAdmin.class)
	@ConditionalOnProperty(name = "ejd.kafka.topics.enabled", matchIfMissing = true)
	KafkaAdmin.NewTopics ejdTopics(KafkaTopicsProperties properties, ObjectMapper mapper,
			@Value("${spring.application.name:}") String service) {
		return new KafkaAdmin.NewTopics(DeclaredTopics.of(service, properties, mapper).toArray(NewTopic[]::new));
	}

	/**
	 * The listener containers start after the service is ready, on a thread of their own (docs/adr/0092), after the
	 * admin has created the declared topics there (docs/adr/0093) unless {@code spring.kafka.admin.auto-create=false};
	 * {@code ejd.kafka.listeners.start-after-ready=false} does both with the context, as Spring Kafka does.
	 */
	@Bean
	@ConditionalOnProperty(name = "ejd.kafka.listeners.start-after-ready", matchIfMissing = true)
	ListenersAfterReadiness kafkaListenersAfterReadiness(ObjectProvider<KafkaAdmin> admin, ObjectProvider<KafkaProperties> kafka) {
		KafkaProperties properties = kafka.getIfAvailable();
		KafkaAdmin topics = properties != null && properties.getAdmin().isAutoCreate() ? admin.getIfAvailable() : null;
		return new ListenersAfterReadiness(topics);
	}

	/**
	 * {@code ejd_kafka_consumer_lag{group, topic}} for the listeners of this service (docs/operations.md).
	 */
	@Bean
	@ConditionalOnBean(KafkaAdmin.class)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
	ConsumerLagMetrics consumerLagMetrics(ObjectProvider<KafkaListenerEndpointRegistry> listeners, KafkaAdmin admin,
			KafkaMetricsProperties properties) {
		return new ConsumerLagMetrics(listeners, admin, properties.lagInterval());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void addPostProcessor(org.springframework.kafka.core.DefaultKafkaProducerFactory<?, ?> factory,
			CallbacksOffTheSender<Object, Object> callbacks) {
		((org.springframework.kafka.core.DefaultKafkaProducerFactory) factory).addPostProcessor(callbacks);
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = rootCause(ex);
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}
}
