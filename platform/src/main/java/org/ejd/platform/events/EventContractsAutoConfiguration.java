package org.ejd.platform.events;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.ObjectMapper;

/** The event contracts (JSON Schemas of the contracts module) as a bean for producers and consumers. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class EventContractsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventContracts eventContracts(ObjectMapper mapper) {
		return new EventContracts(mapper);
	}
}
