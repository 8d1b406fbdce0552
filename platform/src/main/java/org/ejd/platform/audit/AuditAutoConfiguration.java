package org.ejd.platform.audit;

import javax.sql.DataSource;

import org.ejd.platform.time.SchoolTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

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
		AuditConnections auditConnections(DataSource dataSource, PlatformTransactionManager transactions,
				// a read's audit row takes one of them for a single insert while its read holds the service's (docs/adr/0076)
				@Value("${ejd.audit.connections:2}") int connections) {
			return new AuditConnections(dataSource, transactions, connections);
		}

		@Bean
		@ConditionalOnMissingBean
		PersonalDataAudit personalDataAudit(AuditConnections connections, SchoolTime time) {
			return new PersistentPersonalDataAudit(connections, time);
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
