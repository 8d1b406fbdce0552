package org.ejd.platform.audit;

import org.ejd.platform.time.SchoolTime;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal-data audit: kept in the service's {@code read_audit} table when it has a database, a log line
 * otherwise (the gateway). A service may still replace it with its own bean.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.ejd.platform.time.TimeAutoConfiguration" })
public class AuditAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JdbcClient.class)
	@ConditionalOnBean({ JdbcTemplate.class, JdbcClient.class, PlatformTransactionManager.class })
	static class Kept {

		@Bean
		@ConditionalOnMissingBean
		PersonalDataAudit personalDataAudit(JdbcTemplate jdbc, PlatformTransactionManager transactions, SchoolTime time) {
			TransactionTemplate own = new TransactionTemplate(transactions);
			own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			return new PersistentPersonalDataAudit(jdbc, own, time);
		}

		@Bean
		@ConditionalOnMissingBean
		ReadAuditLog readAuditLog(JdbcClient jdbc) {
			return new ReadAuditLog(jdbc);
		}
	}

	@Bean
	@ConditionalOnMissingBean
	PersonalDataAudit loggedPersonalDataAudit() {
		return new PersonalDataAudit();
	}
}
