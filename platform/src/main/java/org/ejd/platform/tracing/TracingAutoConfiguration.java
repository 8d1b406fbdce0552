package org.ejd.platform.tracing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Keeps a request's trace across the outbox: Spring Modulith relays a publication to Kafka on Boot's task executor
 * after the commit ({@code @ApplicationModuleListener} is {@code @Async}); this decorator carries the request's
 * observation onto that thread, so the KafkaTemplate's observation is a child of the request's span and writes its
 * {@code traceparent} into the record's headers. A publication resent after a failure (OutboxRetry) starts a trace of
 * its own (docs/adr/0035).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
@ConditionalOnClass(name = "io.micrometer.context.ContextSnapshotFactory")
public class TracingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(TaskDecorator.class)
	TaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}
}
