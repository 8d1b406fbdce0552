package org.ejd.platform.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A pool on testkit's real PostgreSQL whose database has the platform's {@code event_publication} table. */
final class OutboxDatabase {

	private OutboxDatabase() {
	}

	static HikariDataSource open(String database, int poolSize) throws IOException {
		PostgresServer postgres = RealServers.postgres();
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.jdbcUrl(database));
		pool.setUsername(postgres.username());
		pool.setPassword(postgres.password());
		pool.setMaximumPoolSize(poolSize);
		JdbcClient sql = JdbcClient.create(pool);
		for (String migration : List.of("V0_1__event_publication.sql", "R__event_publication_incomplete.sql")) {
			sql.sql(new ClassPathResource("db/platform/" + migration).getContentAsString(StandardCharsets.UTF_8)).update();
		}
		return pool;
	}
}
