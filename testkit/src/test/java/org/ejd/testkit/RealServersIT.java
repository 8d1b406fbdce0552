package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RealServersIT {

	@Test
	void postgresServesADatabasePerService() throws Exception {
		String url = RealServers.postgres().jdbcUrl("probe");
		try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
				var rs = connection.createStatement().executeQuery("select current_database(), version()")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("probe");
			assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
		}
	}

	@Test
	void postgresHangsUntilItIsResumedAndThenAnswersAsBefore() throws Exception {
		String url = RealServers.postgres().jdbcUrl("probe") + "?loginTimeout=2&connectTimeout=2&socketTimeout=2";
		try {
			RealServers.postgres().hang();
			long started = System.nanoTime();
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
				.as("a session cannot even start").isInstanceOf(java.sql.SQLException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		}
		finally {
			RealServers.postgres().resume();
		}
		try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
				var rs = connection.createStatement().executeQuery("select 1")) {
			assertThat(rs.next()).isTrue();
		}
	}

	@Test
	void kafkaDeliversWhatIsSentAndKeepsItWhilePaused() {
		String topic = "probe." + UUID.randomUUID();
		EventProbe.send(topic, "k", "before");
		RealServers.kafka().pause();
		RealServers.kafka().resume();
		EventProbe.send(topic, "k", "after");
		assertThat(EventProbe.awaitAll(topic, r -> true, 2, Duration.ofSeconds(30)))
			.extracting(r -> r.value()).containsExactly("before", "after");
	}

	@Test
	void keycloakIssuesTokensWithTheEjdClaims() {
		KeycloakServer keycloak = RealServers.keycloak();
		String person = UUID.randomUUID().toString();
		String school = UUID.randomUUID().toString();
		keycloak.createUser("probe-" + person.substring(0, 8), "Probe-password-1", List.of("teacher"), person, List.of(school));
		String token = keycloak.passwordToken("probe-" + person.substring(0, 8), "Probe-password-1");
		String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		assertThat(claims).contains("\"person_id\":\"" + person + "\"")
			.contains("\"school_ids\":[\"" + school + "\"]")
			.contains("\"teacher\"")
			.contains("ejd-api");
	}
}
