package org.ejd.platform.metrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Metrics of every service that belong to no feature: the expiry of the secrets it holds. */
@AutoConfiguration
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
@EnableConfigurationProperties(SecretExpiry.Properties.class)
public class MetricsAutoConfiguration {

	@Bean
	SecretExpiry secretExpiry(SecretExpiry.Properties properties) {
		return new SecretExpiry(properties);
	}
}
