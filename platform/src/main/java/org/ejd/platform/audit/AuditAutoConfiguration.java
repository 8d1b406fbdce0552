package org.ejd.platform.audit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The personal-data audit hook; a service may replace it with a persistent one. */
@AutoConfiguration
public class AuditAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PersonalDataAudit personalDataAudit() {
		return new PersonalDataAudit();
	}
}
