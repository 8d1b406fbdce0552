package org.ejd.consent;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.ejd.platform.events.EnvelopeWriter;
import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.OutboxProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

	/**
	 * The platform's writer, given a mapper that leaves nulls out. Guardians' and contacts' events
	 * belong to no school, and the application mapper writes {@code "schoolid": null}, which the
	 * envelope schema refuses, so such events would never leave the outbox. (The platform default
	 * {@code spring.jackson.default-property-inclusion=non_null} does not reach the mapper in Boot 4;
	 * to be fixed in platform, then this bean can go.)
	 */
	@Bean
	EnvelopeWriter envelopeWriter(ObjectMapper mapper, EventContracts contracts, OutboxProperties outbox,
			@Value("${spring.application.name}") String applicationName) {
		ObjectMapper withoutNulls = mapper.rebuild()
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
		return new EnvelopeWriter(withoutNulls, contracts, outbox.source() != null ? outbox.source() : "/ejd/" + applicationName);
	}
}
