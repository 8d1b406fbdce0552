package org.ejd.platform.boot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every eJD service the same baseline configuration, as the lowest-precedence property
 * source: each service's own {@code <name>.yml}, the environment and the command line override it.
 * Runs before config data is loaded so that {@code spring.config.name} can point at the service's file.
 */
public class EjdDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "ejdPlatformDefaults";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5; // before ConfigDataEnvironmentPostProcessor (+10)
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = serviceName(application);
		if (name == null || environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.config.name", name);
		defaults.put("spring.application.name", name);
		defaults.put("spring.threads.virtual.enabled", "true");
		defaults.put("spring.mvc.problemdetails.enabled", "true");
		defaults.put("spring.messages.basename", "ejd-platform-messages," + name + "-messages");
		defaults.put("spring.messages.fallback-to-system-locale", "false");
		defaults.put("spring.jackson.default-property-inclusion", "non_null");
		defaults.put("spring.flyway.locations", "classpath:db/platform,classpath:db/" + name);
		// a database that is down answers 503 within seconds (ProblemAdvice, docs/adr/0038), not after Hikari's 30 s
		defaults.put("spring.datasource.hikari.connection-timeout", "5000");
		defaults.put("spring.datasource.hikari.validation-timeout", "2000");
		defaults.put("spring.datasource.hikari.data-source-properties.connectTimeout", "3");
		// a few connections per service: the database has two cores here, a backend keeps 2-8 MB once used, and six services
		// share it; at most two stay open while a service is quiet (docs/adr/0076). A read's audit row never takes a second
		// one of them (AuditConnections), so a small pool cannot lock itself.
		defaults.put("spring.datasource.hikari.maximum-pool-size", "5");
		// JDBC only: JdbcTemplate and JdbcClient translate SQLExceptions themselves and no PersistenceExceptionTranslator
		// exists, so @Repository's translation proxy only wrapped every repository call (issue 13, docs/adr/0080)
		defaults.put("spring.persistence.exceptiontranslation.enabled", "false");
		defaults.put("spring.datasource.hikari.minimum-idle", "2");
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
		// actuator on a port of its own that the gateway never routes (docs/operations.md); devstack and tests give a free one
		defaults.put("management.server.port", "9090");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		// a few latency buckets per endpoint for p99 in Prometheus (histogram_quantile), not Micrometer's ~70
		defaults.put("management.metrics.distribution.slo.http.server.requests", "25ms,50ms,100ms,250ms,500ms,1s,2s,5s");
		defaults.put("management.endpoint.health.show-details", "never");
		defaults.put("management.health.mail.enabled", "false");
		defaults.put("springdoc.api-docs.version", "openapi_3_1");
		// the committed documents (docs/openapi/) are compared as written: keys in a stable order
		defaults.put("springdoc.writer-with-order-by-keys", "true");
		defaults.put("springdoc.default-produces-media-type", "application/json");
		// SASL/SCRAM, one Kafka user per service whose ACLs allow writing only its own topics (docs/adr/0050); the
		// password (EJD_KAFKA_PASSWORD) has no default anywhere: KafkaPlatformAutoConfiguration refuses to start without it
		defaults.put("ejd.kafka.username", name);
		defaults.put("spring.kafka.security.protocol", "SASL_PLAINTEXT");
		defaults.put("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512");
		defaults.put("spring.kafka.properties.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule"
				+ " required username=\"${ejd.kafka.username}\" password=\"${ejd.kafka.password:}\";");
		defaults.put("spring.kafka.producer.acks", "all");
		defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
		defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
		defaults.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
		defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "15000");
		defaults.put("spring.kafka.producer.properties.linger.ms", "5");
		// topics as code (docs/adr/0020): configs of declared topics follow ejd.kafka.topics.* when they already exist
		defaults.put("spring.kafka.admin.modify-topic-configs", "true");
		defaults.put("spring.kafka.consumer.group-id", name);
		defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
		defaults.put("spring.kafka.consumer.isolation-level", "read_committed");
		// an idle consumer's fetch waits at the broker up to this long; a new record answers it at once (fetch.min.bytes
		// is 1), so this costs no latency: it only spares the broker and ~35 consumers two empty fetches a second each
		// (Kafka's 500 ms default), the stack's biggest idle cost (docs/adr/0078)
		defaults.put("spring.kafka.consumer.fetch-max-wait", "5s");
		defaults.put("spring.kafka.listener.ack-mode", "record");
		// Modulith writes our envelope as a ready JSON string: no second JSON encoding
		defaults.put("spring.modulith.events.kafka.enable-json", "false");
		defaults.put("spring.modulith.events.republish-outstanding-events-on-restart", "true");
		// a publication Kafka has taken is deleted, not kept as COMPLETED: the outbox holds only what is still to send, so
		// its table and indexes stay as small as the backlog instead of a week of events (docs/adr/0097)
		defaults.put("spring.modulith.events.completion-mode", "delete");
		defaults.put("spring.modulith.events.staleness.processing", "PT2M");
		defaults.put("spring.modulith.events.staleness.published", "PT2M");
		defaults.put("spring.modulith.events.staleness.resubmission", "PT2M");
		// traces (docs/adr/0035): W3C traceparent over HTTP and through Kafka on both sides; the trace id is in every log
		// line and problem+json whatever is sampled; spans leave only for a configured OTLP endpoint
		defaults.put("spring.kafka.template.observation-enabled", "true");
		defaults.put("spring.kafka.listener.observation-enabled", "true");
		defaults.put("management.tracing.sampling.probability", samplingProbability(environment));
		defaults.put("logging.level.org.apache.kafka", "WARN");
		defaults.put("logging.level.kafka", "WARN");
		defaults.put("logging.level.state.change.logger", "WARN");
		defaults.put("logging.level.org.springframework.kafka.listener", "WARN");
		if (structuredLogs(environment)) {
			defaults.put("logging.structured.format.console", "ecs");
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
	}

	/**
	 * JSON lines (Elastic Common Schema) for a region's log collector; plain text for people reading a console:
	 * the demo profile ({@code ./run}) and the tests ({@code ejd.logging.plain=true}, set by the build).
	 */
	static boolean structuredLogs(ConfigurableEnvironment environment) {
		return !demo(environment) && !environment.getProperty("ejd.logging.plain", Boolean.class, false);
	}

	/**
	 * Every request in the demo (its spans go nowhere unless an endpoint is set); outside it, one in ten where an OTLP
	 * endpoint takes them and none where nothing would (the trace id still reaches logs, headers and problems).
	 */
	static String samplingProbability(ConfigurableEnvironment environment) {
		if (demo(environment)) {
			return "1.0";
		}
		boolean exported = environment.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint")
				|| environment.containsProperty("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
		return exported ? "0.1" : "0.0";
	}

	private static boolean demo(ConfigurableEnvironment environment) {
		String profiles = environment.getProperty("spring.profiles.active", "");
		return java.util.Arrays.stream(profiles.split(",")).map(String::trim).anyMatch(KnownSecretsGuard.DEMO_PROFILE::equals);
	}

	private static String serviceName(SpringApplication application) {
		for (Object source : application.getAllSources()) {
			if (source instanceof Class<?> type) {
				EjdService service = AnnotatedElementUtils.findMergedAnnotation(type, EjdService.class);
				if (service != null) {
					return service.value();
				}
			}
		}
		return null;
	}
}
