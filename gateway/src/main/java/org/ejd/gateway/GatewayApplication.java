package org.ejd.gateway;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The single public entry: routes, token checks, CORS, circuit breakers, one Swagger UI for every service. */
// Stateless: where the local stack runs the gateway on the services' classpath, their persistence stays off.
@SpringBootApplication(excludeName = {
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
		"org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
		"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
		"org.springframework.modulith.events.kafka.KafkaEventExternalizerConfiguration" })
@ConfigurationPropertiesScan
@EjdService("gateway")
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}
}
