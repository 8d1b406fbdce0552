package org.ejd.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.jdbc.JdbcRepositorySettings;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: Spring Modulith's event publication registry stores every
 * {@link IntegrationEvent} in the business transaction (JDBC, table {@code event_publication},
 * created by the platform's Flyway migration) and its Kafka externalizer relays it after commit.
 * This configuration maps events to CloudEvents envelopes, routes them to their topic and key,
 * and sends failed publications again until Kafka takes them. See docs/adr/0001.
 */
@AutoConfiguration(after = EventContractsAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
				"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration" },
		beforeName = "org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration")
@ConditionalOnClass({ EventExternalizationConfiguration.class, FailedEventPublications.class })
@EnableConfigurationProperties({ OutboxProperties.class, Retention.Properties.class })
public class OutboxAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OutboxAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	EnvelopeWriter envelopeWriter(ObjectMapper mapper, EventContracts contracts, OutboxProperties properties,
			@Value("${spring.application.name:ejd}") String applicationName) {
		String source = properties.source() != null ? properties.source() : "/ejd/" + applicationName;
		return new EnvelopeWriter(mapper, contracts, source);
	}

	/** Events stored and read back with the service's JSON mapper, looked up once rather than per event (StoredEvents). */
	@Bean
	@ConditionalOnMissingBean(EventSerializer.class)
	EventSerializer storedEvents(ObjectProvider<JsonMapper> mapper) {
		return new StoredEvents(() -> mapper.getIfAvailable(StoredEvents::defaultMapper));
	}

	/** Modulith's registry with its processing and completion marks outside a transaction of their own (ADR 0112). */
	@Bean
	static BeanDefinitionRegistryPostProcessor outboxRegistryInPlaceOfModuliths() {
		return new OutboxRegistry.InPlaceOfModuliths();
	}

	/** The outbox's rows written in batches, in front of Modulith's JDBC repository (BatchedPublications, ADR 0077). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JdbcRepositorySettings.class)
	static class Batching {

		@Bean
		@Primary
		@ConditionalOnBean(JdbcRepositorySettings.class)
		BatchedPublications batchedPublications(
				@Qualifier("jdbcEventPublicationRepository") EventPublicationRepository modulith, JdbcTemplate jdbc,
				EventSerializer serializer, JdbcRepositorySettings settings) {
			if (settings.isArchiveCompletion() || settings.getSchema() != null) {
				throw new IllegalStateException("The outbox keeps completed events in event_publication of the service's "
						+ "own schema (ADR 0077): spring.modulith.events.completion-mode=archive and "
						+ "spring.modulith.events.jdbc.schema are not supported");
			}
			return new BatchedPublications(modulith, jdbc, serializer, settings.isDeleteCompletion());
		}
	}

	@Bean
	@ConditionalOnMissingBean
	EventExternalizationConfiguration eventExternalizationConfiguration(EnvelopeWriter writer) {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> event instanceof IntegrationEvent)
			.route(IntegrationEvent.class, event -> RoutingTarget.forTarget(event.topic()).andKey(event.key()))
			.mapping(IntegrationEvent.class, writer::write)
			.build();
	}

	@Bean
	@ConditionalOnBean(JdbcClient.class)
	Retention retention(JdbcClient jdbc, ObjectProvider<CompletedEventPublications> completed, Retention.Properties properties,
			@Value("${ejd.idempotency.ttl:24h}") Duration idempotencyTtl) {
		return new Retention(jdbc, completed.getIfAvailable(), properties, idempotencyTtl);
	}

	@Bean
	@ConditionalOnBean(JdbcClient.class)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
	OutboxMetrics outboxMetrics(JdbcClient jdbc) {
		return new OutboxMetrics(jdbc);
	}

	@Bean
	OutboxRetry outboxRetry(ObjectProvider<FailedEventPublications> failed, OutboxProperties properties) {
		return new OutboxRetry(failed, properties);
	}

	/** Sends publications that failed (Kafka down, timeout) again, on a fixed delay. */
	public static final class OutboxRetry implements AutoCloseable {

		private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

		OutboxRetry(ObjectProvider<FailedEventPublications> failed, OutboxProperties properties) {
			scheduler.setThreadNamePrefix("outbox-retry-");
			scheduler.setVirtualThreads(true);
			ResubmissionOptions options = ResubmissionOptions.defaults().withMinAge(properties.retryMinAge());
			Duration interval = properties.retryInterval();
			((TaskScheduler) scheduler).scheduleWithFixedDelay(() -> {
				try {
					FailedEventPublications publications = failed.getIfAvailable();
					if (publications != null) {
						publications.resubmit(options);
					}
				}
				catch (RuntimeException ex) {
					log.warn("Outbox retry round failed, next round in {}: {}", interval, ex.toString());
				}
			}, interval);
		}

		@Override
		public void close() {
			scheduler.close();
		}
	}
}
