package org.ejd.gateway;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The single public entry: routes, token checks, CORS, circuit breakers, one Swagger UI for every service. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("gateway")
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}
}
