package org.ejd.identity;

import java.time.Clock;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Who is who and how they get in: registries, representations, accounts in Keycloak. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("identity-service")
public class IdentityApplication {

	public static void main(String[] args) {
		SpringApplication.run(IdentityApplication.class, args);
	}
}
